using System.Text;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Tests.Tenants;
using SegmentAI.Skills.Warehouses;
using SegmentAI.Skills.Warehouses.Importing;

namespace SegmentAI.Skills.Tests.Warehouses.Importing;

public sealed class EventImportTests(DealflowExportFixture exports) : IClassFixture<DealflowExportFixture>
{
    private const string Header = "event_id,user_id,session_id,event_ts,event_type,deal_id";

    private static readonly Tenant Dealflow = RepositoryTenants.Directory.Get("dealflow");

    private static EventImporter Importer => new(TimeProvider.System);

    [Fact]
    public async Task A_csv_export_of_the_generator_imports_every_event_into_an_emptied_table()
    {
        var warehouse = exports.Copy();

        var report = await Importer.ImportFileAsync(Warehouse.DuckDb(warehouse), Request(), exports.CsvPath);

        Assert.Equal((EventImportOutcome.Imported, EventFileFormat.Csv, 0L), (report.Outcome, report.Format, report.BadRows));
        Assert.Equal((exports.EventCount, exports.EventCount), (report.RowsRead, report.RowsImported));
        Assert.Equal(exports.EventCount, Count(warehouse));
        Assert.Equal(Fingerprint(exports.WarehousePath), Fingerprint(warehouse));
    }

    [Fact]
    public async Task A_json_lines_export_of_the_generator_imports_every_event_into_an_emptied_table()
    {
        var warehouse = exports.Copy();

        var report = await Importer.ImportFileAsync(Warehouse.DuckDb(warehouse), Request(), exports.JsonLinesPath);

        Assert.Equal((EventImportOutcome.Imported, EventFileFormat.JsonLines, 0L), (report.Outcome, report.Format, report.BadRows));
        Assert.Equal(exports.EventCount, report.RowsImported);
        Assert.Equal(exports.EventCount, Count(warehouse));
        Assert.Equal(Fingerprint(exports.WarehousePath), Fingerprint(warehouse));
    }

    [Fact]
    public async Task Quoted_csv_fields_keep_their_commas_doubled_quotes_and_line_breaks()
    {
        var warehouse = exports.Copy();
        var csv = exports.File("quoted.csv", Header + "\r\n"
            + "1,7,\"s,1\",2026-11-20 10:00:00,login,\r\n"
            + "2,7,\"say \"\"hi\"\"\",2026-11-20 10:01:00,message,5\r\n"
            + "\"3\",7,\"two\nlines\",2026-11-20 10:02:00,\"view_deal\",\"6\"\r\n");

        var report = await Importer.ImportFileAsync(Warehouse.DuckDb(warehouse), Request(), csv);

        Assert.Equal((EventImportOutcome.Imported, 3L, 0L), (report.Outcome, report.RowsImported, report.BadRows));
        Assert.Equal("s,1|say \"hi\"|two\nlines", WarehouseQuery.Scalar<string>(warehouse, "SELECT string_agg(session_id, '|' ORDER BY event_id) FROM events"));
        Assert.Equal(11L, WarehouseQuery.Scalar<long>(warehouse, "SELECT CAST(SUM(deal_id) AS BIGINT) FROM events"));
    }

    [Fact]
    public async Task Bad_rows_are_counted_and_reported_by_line_with_the_reason_and_the_good_rows_are_imported()
    {
        var warehouse = exports.Copy();
        var csv = exports.File("bad.csv", string.Join('\n',
            Header,
            "1,7,s1,2026-11-20 10:00:00,login,",
            "2,7,s1,2026-13-01,view_deal,5",
            "3,,s1,2026-11-20 10:02:00,view_deal,5",
            "4,7,s1,2026-11-20 10:03:00",
            "5,7,s1,2026-11-20 10:04:00,view_deal,deal-5",
            "6,seven,s1,2026-11-20 10:05:00,view_deal,5",
            "7,7,s\"1,2026-11-20 10:06:00,message,",
            "8,7,s1,2026-11-20T10:07:00Z,logout,") + "\n");

        var report = await Importer.ImportFileAsync(Warehouse.DuckDb(warehouse), Request(maxBadRowShare: 0.9), csv);

        Assert.Equal(EventImportOutcome.Imported, report.Outcome);
        Assert.Equal((8L, 2L, 6L), (report.RowsRead, report.RowsImported, report.BadRows));
        Assert.Equal(
            [
                "line 3: timestamp '2026-13-01' is not a date and time (ISO 8601, e.g. 2026-11-30T14:05:00Z)",
                "line 4: user id is empty",
                "line 5: 4 fields, expected 6",
                "line 6: deal_id 'deal-5' is not a whole number",
                "line 7: user id 'seven' is not a whole number",
                "line 8: a quote inside a field that does not start with one (quote the whole field and double the quote)",
            ],
            report.BadRowReasons);
        Assert.Equal(2L, Count(warehouse));
    }

    [Fact]
    public async Task Bad_json_lines_are_reported_by_line_with_the_reason()
    {
        var warehouse = exports.Copy();
        var jsonl = exports.File("bad.jsonl", string.Join('\n',
            """{"event_id": 1, "user_id": 7, "session_id": "s1", "event_ts": "2026-11-20T10:00:00+02:00", "event_type": "login", "extra": {"a": 1}}""",
            "",
            """{"event_id": 2, "user_id": 7, "event_ts": "2026-11-20 10:01:00", "event_type": "view_deal", "deal_id": 5}""",
            """{"event_id": 3, "user_id": 7, "event_ts": "2026-11-20 10:02:00"}""",
            """{"event_id": 4, "user_id": 7, "event_ts": "2026-11-20 10:03:00", "event_type": ["a"]}""",
            """{"event_id": 5, "user_id": 7, """,
            """[1, 2]"""));

        var report = await Importer.ImportFileAsync(Warehouse.DuckDb(warehouse), Request(maxBadRowShare: 0.9), jsonl);

        Assert.Equal((6L, 2L, 4L), (report.RowsRead, report.RowsImported, report.BadRows));
        Assert.Equal(
            [
                "line 4: event type is missing",
                "line 5: field 'event_type' is an array, not a plain value",
                "line 6: not valid JSON (each line must be one JSON object)",
                "line 7: not a JSON object (each line must be one JSON object)",
            ],
            report.BadRowReasons);
        Assert.Equal(new DateTime(2026, 11, 20, 8, 0, 0), WarehouseQuery.Scalar<DateTime>(warehouse, "SELECT event_ts FROM events WHERE event_id = 1"));
    }

    [Fact]
    public async Task A_file_with_more_bad_rows_than_the_source_allows_is_rejected_and_nothing_is_written()
    {
        var warehouse = exports.Copy(keepEvents: true);
        var before = Count(warehouse);
        var lines = new StringBuilder(Header).Append('\n');
        for (var i = 1; i <= 200; i++)
        {
            lines.Append(i).Append(",7,s1,").Append(i % 50 == 0 ? "yesterday" : "2026-11-20 10:00:00").Append(",login,\n");
        }

        var csv = exports.File("too-many-bad.csv", lines.ToString());

        var report = await Importer.ImportFileAsync(Warehouse.DuckDb(warehouse), Request(maxBadRowShare: 0.01), csv);
        var fixedReport = await Importer.ImportFileAsync(Warehouse.DuckDb(warehouse), Request(maxBadRowShare: 0.05), csv);

        Assert.Equal(EventImportOutcome.Rejected, report.Outcome);
        Assert.Equal((200L, 4L, 0L), (report.RowsRead, report.BadRows, report.RowsImported));
        Assert.Contains("4 of 200 rows are bad", report.Summary, StringComparison.Ordinal);
        Assert.Contains("nothing was written", report.Summary, StringComparison.Ordinal);
        Assert.Equal(EventImportOutcome.Imported, fixedReport.Outcome);
        Assert.Equal(before + 196, Count(warehouse));
    }

    [Fact]
    public async Task A_rejected_file_leaves_the_table_exactly_as_it_was()
    {
        var warehouse = exports.Copy(keepEvents: true);
        var before = (Count(warehouse), Fingerprint(warehouse));
        var csv = exports.File("half-bad.csv", File.ReadAllText(exports.CsvPath).Replace(",login,", ",login,extra-field,", StringComparison.Ordinal));

        var report = await Importer.ImportFileAsync(Warehouse.DuckDb(warehouse), Request(), csv);

        Assert.Equal(EventImportOutcome.Rejected, report.Outcome);
        Assert.True(report.BadRows > 0 && report.BadRows < report.RowsRead);
        Assert.Equal(EventImporter.MaxReportedBadRows, report.BadRowReasons.Count);
        Assert.Equal(before, (Count(warehouse), Fingerprint(warehouse)));
    }

    [Fact]
    public async Task Importing_the_same_content_again_writes_nothing_and_says_when_it_was_imported()
    {
        var warehouse = exports.Copy();
        var first = await Importer.ImportFileAsync(Warehouse.DuckDb(warehouse), Request(), exports.CsvPath);

        var again = await Importer.ImportFileAsync(Warehouse.DuckDb(warehouse), Request(), exports.CsvPath);
        await using var upload = File.OpenRead(exports.CsvPath);
        var uploadedAgain = await Importer.ImportAsync(Warehouse.DuckDb(warehouse), Request() with { Format = EventFileFormat.Csv }, upload);

        Assert.Equal(EventImportOutcome.Imported, first.Outcome);
        Assert.All(new[] { again, uploadedAgain }, report =>
        {
            Assert.Equal((EventImportOutcome.AlreadyImported, 0L), (report.Outcome, report.RowsImported));
            Assert.Equal(first.ContentHash, report.ContentHash);
            Assert.NotNull(report.PreviouslyImportedAt);
            Assert.StartsWith($"already imported on {report.PreviouslyImportedAt:yyyy-MM-dd}", report.Summary, StringComparison.Ordinal);
            Assert.Contains($"({exports.EventCount:N0} rows)", report.Summary, StringComparison.Ordinal);
        });
        Assert.Equal(exports.EventCount, Count(warehouse));
    }

    [Fact]
    public async Task A_csv_without_a_mapped_column_is_refused_naming_the_column_and_the_columns_it_has()
    {
        var warehouse = exports.Copy();
        var csv = exports.File("no-type.csv", "event_id,user_id,session_id,event_ts,kind,deal_id\n1,7,s1,2026-11-20 10:00:00,login,\n");

        var refused = await Assert.ThrowsAsync<EventImportException>(() => Importer.ImportFileAsync(Warehouse.DuckDb(warehouse), Request(), csv));

        Assert.Equal("the header row has no column 'event_type' (the event source maps it); its columns are 'event_id', 'user_id', 'session_id', 'event_ts', 'kind', 'deal_id'", refused.Message);
        Assert.Equal(0L, Count(warehouse));
    }

    [Fact]
    public async Task A_json_array_file_is_refused_with_a_message_saying_to_write_json_lines()
    {
        var warehouse = exports.Copy();
        var json = exports.File("events.json", """[{"user_id": 7, "event_ts": "2026-11-20 10:00:00", "event_type": "login"}]""");

        var refused = await Assert.ThrowsAsync<EventImportException>(() => Importer.ImportFileAsync(Warehouse.DuckDb(warehouse), Request(), json));

        Assert.Contains("JSON array", refused.Message, StringComparison.Ordinal);
        Assert.Contains("one JSON object per line", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_file_is_rejected_rather_than_recorded_as_imported()
    {
        var warehouse = exports.Copy();
        var csv = exports.File("header-only.csv", Header + "\n\n");

        var report = await Importer.ImportFileAsync(Warehouse.DuckDb(warehouse), Request(), csv);

        Assert.Equal((EventImportOutcome.Rejected, 0L), (report.Outcome, report.RowsRead));
        Assert.Contains("no events", report.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-20 10:00:00", "2026-11-20 10:00:00")]
    [InlineData("2026-11-20T10:00:00.250", "2026-11-20 10:00:00.25")]
    [InlineData("2026-11-20T10:00:00Z", "2026-11-20 10:00:00")]
    [InlineData("2026-11-20T12:00:00+02:00", "2026-11-20 10:00:00")]
    [InlineData("2026-11-20 05:00:00-05", "2026-11-20 10:00:00")]
    public async Task Timestamps_in_iso_8601_with_or_without_an_offset_are_stored_in_utc(string written, string stored)
    {
        var warehouse = exports.Copy();
        var csv = exports.File("time.csv", $"{Header}\n1,7,s1,{written},login,\n");

        await Importer.ImportFileAsync(Warehouse.DuckDb(warehouse), Request(), csv);

        Assert.Equal(stored, WarehouseQuery.Scalar<string>(warehouse, "SELECT CAST(event_ts AS VARCHAR) FROM events"));
    }

    [Fact]
    public async Task Rows_the_table_refuses_are_a_clear_error_and_nothing_is_written()
    {
        var warehouse = exports.Copy();
        DealflowExportFixture.Execute(warehouse, "CREATE UNIQUE INDEX events_event_id ON events(event_id)");
        var csv = exports.File("duplicate.csv", $"{Header}\n1,7,s1,2026-11-20 10:00:00,login,\n1,7,s1,2026-11-20 10:01:00,logout,\n");

        var refused = await Assert.ThrowsAsync<EventImportException>(() => Importer.ImportFileAsync(Warehouse.DuckDb(warehouse), Request(), csv));

        Assert.StartsWith("the warehouse refused the rows (a constraint of table 'events'", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0L, Count(warehouse));
    }

    [Fact]
    public async Task Long_quoted_fields_spanning_buffers_and_lines_keep_every_character_and_the_line_count()
    {
        var warehouse = exports.Copy();
        var session = string.Concat(Enumerable.Repeat("ab,\"\"c\n", 20_000));
        var quoted = session.Replace("\"", "\"\"", StringComparison.Ordinal);
        var csv = exports.File("long.csv", $"{Header}\n1,7,\"{quoted}\",2026-11-20 10:00:00,login,\n2,x,s1,2026-11-20 10:01:00,login,\n");

        var report = await Importer.ImportFileAsync(Warehouse.DuckDb(warehouse), Request(maxBadRowShare: 0.5), csv);

        Assert.Equal(["line 20003: user id 'x' is not a whole number"], report.BadRowReasons);
        Assert.Equal(session, WarehouseQuery.Scalar<string>(warehouse, "SELECT session_id FROM events"));
    }

    [Fact]
    public void A_tenant_without_event_sources_cannot_import()
    {
        var acme = RepositoryTenants.Directory.Get("acme-retail");

        var refused = Assert.Throws<EventImportException>(() => EventImportRequest.For(acme, sourceName: null));

        Assert.Contains("declares no event_sources:", refused.Message, StringComparison.Ordinal);
    }

    private static EventImportRequest Request(double? maxBadRowShare = null)
    {
        var request = EventImportRequest.For(Dealflow, sourceName: null);
        return maxBadRowShare is { } share ? request with { Source = request.Source with { MaxBadRowShare = share } } : request;
    }

    private static long Count(string warehouse) => WarehouseQuery.Scalar<long>(warehouse, "SELECT COUNT(*) FROM events");

    private static string Fingerprint(string warehouse) => WarehouseQuery.Scalar<string>(warehouse,
        "SELECT concat_ws('|', COUNT(*), SUM(event_id), SUM(user_id), SUM(deal_id), MIN(event_ts), MAX(event_ts), COUNT(DISTINCT session_id), COUNT(DISTINCT event_type)) FROM events");
}
