package dev.zuoraemulator.control;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zuoraemulator.common.EmulatorConfig;
import dev.zuoraemulator.common.ZuoraTime;
import dev.zuoraemulator.error.ConflictException;
import dev.zuoraemulator.error.InvalidValueException;
import dev.zuoraemulator.error.ObjectNotFoundException;
import dev.zuoraemulator.job.JobControl;
import dev.zuoraemulator.numbering.NumberingService;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Snapshots of the whole stored state, kept in the database (gzipped JSON, {@link SnapshotTables}),
 * with the clock and the job mode; restored in one transaction; exported as a file and imported
 * from one at start ({@code emulator.snapshot.import}).
 */
@ApplicationScoped
public class SnapshotService {

    static final String FORMAT = "zuora-execute-emulator-snapshot";
    static final int VERSION = 1;
    private static final Logger LOG = Logger.getLogger(SnapshotService.class);

    /** A snapshot as listed. */
    public record Info(String name, Instant createdAt, long objects, long bytes) {}

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final ZuoraTime time;
    private final JobControl jobs;
    private final SharedControls controls;
    private final ResetService reset;
    private final NumberingService numbering;
    private final EmulatorConfig config;

    SnapshotService(
            EntityManager em,
            ObjectMapper mapper,
            ZuoraTime time,
            JobControl jobs,
            SharedControls controls,
            ResetService reset,
            NumberingService numbering,
            EmulatorConfig config) {
        this.em = em;
        this.mapper = mapper;
        this.time = time;
        this.jobs = jobs;
        this.controls = controls;
        this.reset = reset;
        this.numbering = numbering;
        this.config = config;
    }

    @Transactional
    public Info create(String name) {
        if (find(name) != null) {
            throw new ConflictException("a snapshot named " + name + " exists; delete it first");
        }
        Instant now = time.now();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long[] objects = new long[1];
        em.unwrap(Session.class)
                .doWork(
                        connection -> {
                            try (GZIPOutputStream gzip = new GZIPOutputStream(bytes);
                                    JsonGenerator json =
                                            mapper.getFactory().createGenerator(gzip)) {
                                json.writeStartObject();
                                json.writeStringField("format", FORMAT);
                                json.writeNumberField("version", VERSION);
                                json.writeStringField("createdAt", now.toString());
                                json.writeObjectFieldStart("clock");
                                json.writeStringField("now", now.toString());
                                json.writeBooleanField("frozen", time.frozen());
                                json.writeStringField("offset", time.offset().toString());
                                json.writeEndObject();
                                json.writeObjectFieldStart("jobs");
                                json.writeStringField("mode", jobs.mode().name());
                                json.writeStringField("delay", jobs.delay().toString());
                                json.writeEndObject();
                                objects[0] = SnapshotTables.write(connection, json);
                                json.writeEndObject();
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
        em.createNativeQuery(
                        "INSERT INTO emulator_snapshot (name, created_at, objects, content)"
                                + " VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, name)
                .setParameter(2, OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                .setParameter(3, objects[0])
                .setParameter(4, bytes.toByteArray())
                .executeUpdate();
        return new Info(name, now, objects[0], bytes.size());
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Info> list() {
        List<Object[]> rows =
                em.createNativeQuery(
                                "SELECT name, created_at, objects, OCTET_LENGTH(content)"
                                        + " FROM emulator_snapshot ORDER BY created_at, name")
                        .getResultList();
        return rows.stream().map(SnapshotService::info).toList();
    }

    @Transactional
    public void delete(String name) {
        int deleted =
                em.createNativeQuery("DELETE FROM emulator_snapshot WHERE name = ?1")
                        .setParameter(1, name)
                        .executeUpdate();
        if (deleted == 0) {
            throw notFound(name);
        }
    }

    /** Replaces everything stored by the snapshot's state. */
    public Info restore(String name) {
        Info info = info(name);
        restore(read(content(name)));
        return info;
    }

    /** The snapshot as its file says it, for download. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> export(String name) {
        return mapper.convertValue(read(content(name)), Map.class);
    }

    /** {@code emulator.snapshot.import}: after the number sequences exist, before any request. */
    void importAtStart(@Observes @Priority(2000) StartupEvent event) throws IOException {
        if (config.snapshot().importFile().isEmpty()) {
            return;
        }
        Path file = config.snapshot().importFile().get();
        restore(read(Files.readAllBytes(file)));
        LOG.infof("Loaded the snapshot file %s", file);
    }

    private void restore(JsonNode file) {
        if (!FORMAT.equals(file.path("format").asText())
                || file.path("version").asInt() != VERSION) {
            throw new InvalidValueException(
                    "snapshot: not a file of format " + FORMAT + " version " + VERSION);
        }
        replaceTables(file.path("tables"));
        reset.forgetRecentState();
        JsonNode saved = file.path("clock");
        ZuoraTime.Setting clock =
                saved.path("frozen").asBoolean()
                        ? ZuoraTime.Setting.at(Instant.parse(saved.path("now").asText()), true)
                        : new ZuoraTime.Setting(
                                Duration.parse(saved.path("offset").asText("PT0S")), null);
        JsonNode mode = file.path("jobs");
        controls.update(
                c ->
                        new SharedControls.Controls(
                                clock,
                                JobControl.Mode.valueOf(mode.path("mode").asText("AUTO")),
                                Duration.parse(mode.path("delay").asText("PT0S"))));
    }

    @Transactional
    void replaceTables(JsonNode tables) {
        em.unwrap(Session.class)
                .doWork(
                        connection -> {
                            SnapshotTables.deleteAll(connection);
                            SnapshotTables.insert(connection, tables);
                            SnapshotTables.continueSequences(connection);
                        });
        config.entityIds().forEach(numbering::ensureSequences);
    }

    private JsonNode read(byte[] content) {
        try (InputStream in = open(content)) {
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new InvalidValueException("snapshot: not a readable snapshot file");
        }
    }

    private static InputStream open(byte[] content) throws IOException {
        boolean gzipped =
                content.length > 1 && content[0] == (byte) 0x1f && content[1] == (byte) 0x8b;
        InputStream in = new ByteArrayInputStream(content);
        return gzipped ? new GZIPInputStream(in) : in;
    }

    @Transactional
    byte[] content(String name) {
        @SuppressWarnings("unchecked")
        List<byte[]> found =
                em.createNativeQuery("SELECT content FROM emulator_snapshot WHERE name = ?1")
                        .setParameter(1, name)
                        .getResultList();
        if (found.isEmpty()) {
            throw notFound(name);
        }
        return found.get(0);
    }

    private Info info(String name) {
        Info info = find(name);
        if (info == null) {
            throw notFound(name);
        }
        return info;
    }

    @Transactional
    Info find(String name) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(
                                "SELECT name, created_at, objects, OCTET_LENGTH(content)"
                                        + " FROM emulator_snapshot WHERE name = ?1")
                        .setParameter(1, name)
                        .getResultList();
        return rows.isEmpty() ? null : info(rows.get(0));
    }

    private static Info info(Object[] row) {
        Object created = row[1];
        Instant createdAt =
                created instanceof OffsetDateTime o
                        ? o.toInstant()
                        : created instanceof Instant i
                                ? i
                                : ((java.sql.Timestamp) created).toInstant();
        return new Info(
                (String) row[0],
                createdAt,
                ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue());
    }

    private static ObjectNotFoundException notFound(String name) {
        return new ObjectNotFoundException("no snapshot named " + name);
    }
}
