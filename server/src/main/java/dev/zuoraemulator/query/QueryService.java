package dev.zuoraemulator.query;

import dev.zuoraemulator.common.ZuoraTime;
import dev.zuoraemulator.query.zoql.Parser;
import dev.zuoraemulator.query.zoql.ZoqlSyntaxException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.hibernate.Session;

/**
 * Zuora's object query (decisions Q1-Q6): {@code POST /v1/action/query} parses the statement,
 * translates it, and answers the first page; when more rows match than the batch holds, the IDs of
 * every matching row are kept in order under a stored locator, which {@code queryMore} pages
 * through. A walk thus sees the rows that matched at its first call, each once; a row deleted since
 * is left out; nothing created later appears.
 */
@ApplicationScoped
public class QueryService {

    public static final int MAX_BATCH = 2000;

    private final EntityManager em;
    private final ZuoraTime time;
    private final QueryLocators locators;
    private final QueryEngine engine;
    private volatile Boolean postgres;

    QueryService(EntityManager em, ZuoraTime time, QueryLocators locators) {
        this.em = em;
        this.time = time;
        this.locators = locators;
        this.engine = new QueryEngine(locators);
    }

    @Transactional
    public QueryPage query(String entityId, String queryString, Integer batchSize) {
        int batch = batch(batchSize);
        return em.unwrap(Session.class)
                .doReturningWork(
                        c -> {
                            QueryPlan plan = QueryPlan.of(parse(queryString), isPostgres(c));
                            return engine.first(c, entityId, plan, batch, time.now());
                        });
    }

    @Transactional
    public QueryPage queryMore(String entityId, String queryLocator, Integer batchSize) {
        int batch = batch(batchSize);
        return em.unwrap(Session.class)
                .doReturningWork(
                        c -> {
                            QueryLocators.Walk walk =
                                    locators.resume(c, entityId, queryLocator, time.now());
                            QueryPlan plan = QueryPlan.of(parse(walk.statement()), isPostgres(c));
                            return engine.next(c, plan, walk, batch);
                        });
    }

    private static int batch(Integer batchSize) {
        if (batchSize == null) {
            return MAX_BATCH;
        }
        if (batchSize < 1) {
            throw QueryFault.invalidValue(
                    "conf.batchSize must be 1 to " + MAX_BATCH + ", not " + batchSize);
        }
        return Math.min(batchSize, MAX_BATCH);
    }

    static dev.zuoraemulator.query.zoql.Statement parse(String queryString) {
        try {
            return Parser.parse(queryString);
        } catch (ZoqlSyntaxException e) {
            throw new QueryFault(QueryFault.Code.MALFORMED_QUERY, e.getMessage());
        }
    }

    private boolean isPostgres(Connection c) throws SQLException {
        Boolean known = postgres;
        if (known == null) {
            known =
                    c.getMetaData()
                            .getDatabaseProductName()
                            .toLowerCase(Locale.ROOT)
                            .contains("postgres");
            postgres = known;
        }
        return known;
    }
}
