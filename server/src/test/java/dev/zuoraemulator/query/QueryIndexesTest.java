package dev.zuoraemulator.query;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The selective filters clients use read an index, so that their cost does not grow with the table:
 * H2's plan of each first-page select names the index (the benchmark shows the effect: the same
 * query with 1,000 and 1,000,000 split items stored).
 */
class QueryIndexesTest {

    private static Connection db;

    @BeforeAll
    static void database() throws SQLException {
        String url = "jdbc:h2:mem:indexes;DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        db = DriverManager.getConnection(url, "sa", "");
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "select Id, InvoiceId from InvoiceSplitItem where InvoiceSplitId = 'x' | INVOICE_SPLIT_ID",
                "select Id from InvoiceSplitItem where InvoiceId = 'x'                 | INVOICE_ID",
                "select Id from InvoiceSplitItem where Id = 'x'                        | ID",
                "select Id from InvoiceSplit where InvoiceId = 'x'                     | INVOICE_ID",
                "select Id from Invoice where Id = 'x'                                 | ID",
                "select Id from Invoice where AccountId = 'x'                          | ACCOUNT_ID",
                "select Id from Invoice where InvoiceNumber = 'INV00000001'            | INVOICE_NUMBER",
                "select Id from Invoice where Status = 'Posted'                        | STATUS",
                "select Id from InvoiceItem where InvoiceId = 'x'                      | INVOICE_ID",
                "select Id from Account where AccountNumber = 'A00000001'              | ACCOUNT_NUMBER",
                "select Id from Account where Id = 'x'                                 | ID",
            })
    void aSelectiveFilterReadsAnIndex(String zoql, String column) throws SQLException {
        QueryPlan plan = QueryPlan.of(QueryService.parse(zoql.strip()), false);
        String sql = QueryEngine.firstSql(plan, new Records(plan));
        try (PreparedStatement explain = db.prepareStatement("EXPLAIN " + sql)) {
            for (int i = 1; i <= explain.getParameterMetaData().getParameterCount(); i++) {
                explain.setString(i, "x");
            }
            try (ResultSet plan_ = explain.executeQuery()) {
                plan_.next();
                String text = plan_.getString(1);
                // H2 writes the index it reads and its condition as a comment: an index on the
                // filtered column, looked up by the filter's value (parameter 2)
                boolean indexed =
                        Pattern.compile("/\\* PUBLIC\\.\\w+: [^*]*\\b" + column + " = \\?2")
                                .matcher(text)
                                .find();
                assertTrue(indexed, zoql + " should read an index on " + column + ":\n" + text);
            }
        }
    }
}
