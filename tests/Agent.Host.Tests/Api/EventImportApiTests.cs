using System.Net;
using System.Text;
using System.Text.Json;
using DuckDB.NET.Data;
using SegmentAI.Skills.Warehouses;
using SegmentAI.Skills.Warehouses.Generation;
using SegmentAI.Skills.Warehouses.Importing;
using static SegmentAI.Host.Tests.Api.ApiCalls;

namespace SegmentAI.Host.Tests.Api;

public sealed class EventImportApiTests : IAsyncLifetime
{
    private const string Dealflow = "dealflow";
    private const string Admin = "dana.admin@dealflow";
    private const string Marketer = "omar.growth@dealflow";
    private const string Events = "/api/tenants/dealflow/events";
    private const string Header = "event_id,user_id,session_id,event_ts,event_type,deal_id";

    private readonly string _root = Directory.CreateTempSubdirectory("event-import-").FullName;
    private RestApiHost _host = null!;
    private long _exported;

    private string Warehouse => Path.Combine(_root, "data", "dealflow.duckdb");

    private string Export => Path.Combine(_root, "events.csv");

    public async Task InitializeAsync()
    {
        var repository = Skills.Hosting.RepositoryLayout.Discover();
        Copy(repository.Tenants, Path.Combine(_root, "tenants"));
        Copy(repository.Skills, Path.Combine(_root, "skills"));
        await WarehouseGenerators.Get(Dealflow).GenerateAsync(new WarehouseGenerationOptions(Warehouse, 300, 3, new DateOnly(2026, 11, 22), 7));
        _exported = await EventFileExport.WriteAsync(Warehouse, "events", EventFileFormat.Csv, Export);
        Execute("DELETE FROM events");
        _host = await RestApiHost.StartAsync(_root);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task An_admin_imports_a_csv_export_and_the_same_upload_again_is_already_imported()
    {
        var content = await File.ReadAllTextAsync(Export);

        var first = await UploadAsync(content, "text/csv", Admin);
        var again = await UploadAsync(content, "text/csv", Admin);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(("imported", false, _exported), (first.Body.GetProperty("outcome").GetString(), first.Body.GetProperty("already_imported").GetBoolean(), first.Body.GetProperty("rows_imported").GetInt64()));
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.True(again.Body.GetProperty("already_imported").GetBoolean());
        Assert.Equal(0, again.Body.GetProperty("rows_imported").GetInt64());
        Assert.Equal(_exported, Count());
    }

    [Fact]
    public async Task Json_lines_are_read_when_sent_as_ndjson()
    {
        const string Lines = """
            {"event_id": 1, "user_id": 7, "session_id": "s1", "event_ts": "2026-11-20T10:00:00Z", "event_type": "login"}
            {"event_id": 2, "user_id": 7, "session_id": "s1", "event_ts": "2026-11-20T10:01:00Z", "event_type": "view_deal", "deal_id": 4}
            """;

        var reply = await UploadAsync(Lines, "application/x-ndjson", Admin);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(("json_lines", 2L), (reply.Body.GetProperty("format").GetString(), reply.Body.GetProperty("rows_imported").GetInt64()));
    }

    [Fact]
    public async Task A_marketer_may_not_import_and_nothing_is_written()
    {
        var reply = await UploadAsync(await File.ReadAllTextAsync(Export), "text/csv", Marketer);

        AssertProblem(HttpStatusCode.Forbidden, "Permission denied", reply);
        Assert.Equal(0, Count());
    }

    [Fact]
    public async Task An_admin_of_another_tenant_may_not_import_into_this_one()
    {
        var reply = await _host.Client.SendAsync(HttpMethod.Post, Events, ApiCalls.Admin, null);

        AssertProblem(HttpStatusCode.Forbidden, "Permission denied", reply);
    }

    [Fact]
    public async Task A_file_with_too_many_bad_rows_is_rejected_with_422_and_its_report_and_nothing_is_written()
    {
        var csv = $"{Header}\n1,7,s1,2026-11-20 10:00:00,login,\n2,,s1,2026-11-20 10:01:00,login,\n3,7,s1,2026-11-31 10:02:00,login,\n";

        var reply = await UploadAsync(csv, "text/csv", Admin);

        AssertProblem(HttpStatusCode.UnprocessableEntity, "Events file rejected", reply);
        var report = reply.Body.GetProperty("report");
        Assert.Equal(("rejected", 3L, 2L, 0L), (report.GetProperty("outcome").GetString(), report.GetProperty("rows_read").GetInt64(), report.GetProperty("bad_rows").GetInt64(), report.GetProperty("rows_imported").GetInt64()));
        Assert.Equal(["line 3: user id is empty", "line 4: timestamp '2026-11-31 10:02:00' is not a date and time (ISO 8601, e.g. 2026-11-30T14:05:00Z)"], report.GetProperty("bad_row_reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(0, Count());
    }

    [Fact]
    public async Task A_missing_column_is_422_naming_it_and_an_unsupported_content_type_is_400()
    {
        var missing = await UploadAsync("user_id,event_ts\n7,2026-11-20 10:00:00\n", "text/csv", Admin);
        var json = await UploadAsync("""{"user_id": 7}""", "application/json", Admin);

        AssertProblem(HttpStatusCode.UnprocessableEntity, "Events file rejected", missing);
        Assert.Contains("no column 'event_type'", missing.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        AssertProblem(HttpStatusCode.BadRequest, "Unsupported content type", json);
        Assert.Equal(0, Count());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_upload()
    {
        var (status, document, _) = await _host.Client.FetchAsync("/openapi/v1.json", user: null);

        Assert.Equal(HttpStatusCode.OK, status);
        var operation = document.GetProperty("paths").GetProperty("/api/tenants/{tenantId}/events").GetProperty("post");
        Assert.Equal("ImportEvents", operation.GetProperty("operationId").GetString());
        Assert.True(operation.GetProperty("requestBody").GetProperty("content").TryGetProperty("text/csv", out _));
        Assert.All(["200", "400", "403", "422"], code => Assert.True(operation.GetProperty("responses").TryGetProperty(code, out _), code));
    }

    private async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> UploadAsync(string content, string mediaType, string user)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Events) { Content = new StringContent(content, Encoding.UTF8, mediaType) };
        request.Headers.Add("X-SegmentAI-Tenant", Dealflow);
        request.Headers.Add("X-SegmentAI-User", user);
        var response = await _host.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), response);
    }

    private long Count()
    {
        using var connection = new DuckDBConnection($"Data Source={Warehouse};ACCESS_MODE=READ_ONLY");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM events";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Execute(string sql)
    {
        using var connection = new DuckDBConnection($"Data Source={Warehouse}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
