package dev.zuoraemulator.conformance;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where samples come from: the folder {@code -Dconformance.samples=<dir>} (e.g. one written by the
 * recording mode), else the samples this suite ships; a run may keep those of some tags ({@code
 * -Dconformance.sampleTags=auth,invoice-schedule}).
 */
final class Samples {

    static final ObjectMapper JSON =
            new ObjectMapper()
                    .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                    .enable(SerializationFeature.INDENT_OUTPUT);

    private Samples() {}

    /** A sample file and what it holds. */
    record File(Path path, Sample sample) {}

    /** The folder given by {@code conformance.samples}, or null for the shipped samples. */
    static Path givenFolder() {
        String dir = System.getProperty("conformance.samples", "");
        return dir.isBlank() ? null : Path.of(dir.trim()).toAbsolutePath();
    }

    static Path shippedFolder() {
        try {
            return Path.of(Samples.class.getResource("/samples").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tags of {@code conformance.sampleTags}; empty for every sample. */
    static Set<String> wantedTags() {
        return Arrays.stream(System.getProperty("conformance.sampleTags", "").split(","))
                .map(String::trim)
                .filter(t -> !t.isEmpty())
                .collect(Collectors.toSet());
    }

    /** The samples of a folder, in file-name order, keeping those with one of the tags. */
    static List<File> in(Path folder, Set<String> tags) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no sample folder " + folder);
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json"))
                    .sorted()
                    .map(f -> new File(f, read(f)))
                    .filter(
                            file ->
                                    tags.isEmpty()
                                            || (file.sample().tags() != null
                                                    && file.sample().tags().stream()
                                                            .anyMatch(tags::contains)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Sample read(Path file) {
        try {
            return JSON.readValue(file.toFile(), Sample.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "unreadable sample " + file + ": " + e.getMessage(), e);
        }
    }

    static void write(Path file, Sample sample) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writeValueAsString(sample) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
