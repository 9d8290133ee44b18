package dev.zuoraemulator.callout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zuoraemulator.common.Ids;
import dev.zuoraemulator.common.WorkCompleted;
import dev.zuoraemulator.common.ZuoraTime;
import dev.zuoraemulator.error.InvalidValueException;
import dev.zuoraemulator.error.ObjectNotFoundException;
import dev.zuoraemulator.job.Job;
import dev.zuoraemulator.job.JobService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.FlushMode;
import org.hibernate.jpa.HibernateHints;

/**
 * Callouts: registered through the test controls, and on every completed piece of work a delivery
 * per matching callout, written and queued as a job in the transaction that completed the work.
 */
@ApplicationScoped
public class CalloutService {

    private final ZuoraTime time;
    private final JobService jobs;
    private final ObjectMapper mapper;

    CalloutService(ZuoraTime time, JobService jobs, ObjectMapper mapper) {
        this.time = time;
        this.jobs = jobs;
        this.mapper = mapper;
    }

    @Transactional
    public Callout register(String url, List<String> events, String secret, String entityId) {
        Callout callout = new Callout();
        callout.id = Ids.newId();
        callout.url = checkedUrl(url);
        callout.events = String.join(",", events.stream().distinct().toList());
        callout.secret = secret == null || secret.isEmpty() ? null : secret;
        callout.entityId = entityId;
        callout.createdAt = time.now();
        callout.persist();
        return callout;
    }

    @Transactional
    public List<Callout> list() {
        return Callout.list("order by createdAt, id");
    }

    @Transactional
    public void remove(String id) {
        if (Callout.deleteById(id) == false) {
            throw new ObjectNotFoundException("no callout " + id);
        }
    }

    @Transactional
    public List<CalloutDelivery> deliveries(int limit) {
        return CalloutDelivery.<CalloutDelivery>find("order by createdAt desc, id desc")
                .page(0, limit)
                .list();
    }

    /** A delivery for every callout that wants this event, in the transaction of the work. */
    void onCompleted(@Observes WorkCompleted completed) {
        // callouts are not changed by the work that completed: no flush of its session first
        List<Callout> wanted =
                Callout.<Callout>find("entityId is null or entityId = ?1", completed.entityId())
                        .withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT)
                        .list()
                        .stream()
                        .filter(c -> c.eventList().contains(completed.event()))
                        .toList();
        if (wanted.isEmpty()) {
            return;
        }
        String body = body(completed);
        for (Callout callout : wanted) {
            CalloutDelivery delivery = new CalloutDelivery();
            delivery.id = Ids.newId();
            delivery.calloutId = callout.id;
            delivery.entityId = completed.entityId();
            delivery.event = completed.event();
            delivery.objectId = completed.objectId();
            delivery.body = body;
            delivery.status = CalloutDelivery.Status.PENDING;
            delivery.createdAt = time.now();
            delivery.persist();
            jobs.enqueue(completed.entityId(), Job.Kind.CALLOUT, delivery.id);
        }
    }

    private String body(WorkCompleted completed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", completed.event());
        body.put("entityId", completed.entityId());
        body.put("objectType", completed.objectType());
        body.put("objectId", completed.objectId());
        if (completed.objectNumber() != null) {
            body.put("objectNumber", completed.objectNumber());
        }
        body.put("status", completed.status());
        body.put(
                "invoices",
                completed.invoices().stream()
                        .map(i -> Map.of("id", i.id(), "number", i.number()))
                        .toList());
        body.put("time", completed.time().toString());
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String checkedUrl(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null
                    || !(uri.getScheme().equalsIgnoreCase("http")
                            || uri.getScheme().equalsIgnoreCase("https"))
                    || uri.getHost() == null) {
                throw new InvalidValueException("url: an absolute http or https URL is needed");
            }
            return url;
        } catch (URISyntaxException e) {
            throw new InvalidValueException("url: not a URL");
        }
    }
}
