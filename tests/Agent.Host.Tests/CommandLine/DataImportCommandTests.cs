using System.Text.Json;

namespace SegmentAI.Host.Tests.CommandLine;

public sealed class DataImportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("import-").FullName;

    [Fact]
    public async Task An_export_of_the_generator_is_imported_once_and_the_second_import_says_it_already_was()
    {
        var warehouse = Path.Combine(_folder, "dealflow.duckdb");
        var export = Path.Combine(_folder, "events.jsonl");
        var generated = await HostProcess.RunAsync("data", "generate", "--tenant", "dealflow", "--size", "300", "--days", "7", "--as-of", "2026-11-22", "--out", warehouse);
        Assert.True(generated.ExitCode == 0, generated.StdErr);
        var exported = await HostProcess.RunAsync("data", "export", "--tenant", "dealflow", "--table", "events", "--format", "jsonl", "--out", export, "--warehouse", warehouse);
        Assert.True(exported.ExitCode == 0, exported.StdErr);

        var first = await HostProcess.RunAsync("data", "import", "--tenant", "dealflow", "--file", export, "--warehouse", warehouse, "--json");
        var second = await HostProcess.RunAsync("data", "import", "--tenant", "dealflow", "--file", export, "--warehouse", warehouse);

        Assert.True(first.ExitCode == 0, first.StdErr);
        using var report = JsonDocument.Parse(first.StdOut);
        Assert.Equal("imported", report.RootElement.GetProperty("outcome").GetString());
        Assert.Equal("json_lines", report.RootElement.GetProperty("format").GetString());
        var rows = report.RootElement.GetProperty("rows_imported").GetInt64();
        Assert.Contains($"wrote {export}: {rows:N0} rows of events", exported.StdOut, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.StdErr);
        Assert.Contains($"already imported on", second.StdOut, StringComparison.Ordinal);
        Assert.Contains($"({rows:N0} rows); nothing was written", second.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejected_file_prints_its_report_and_exits_with_an_error()
    {
        var warehouse = Path.Combine(_folder, "dealflow.duckdb");
        var generated = await HostProcess.RunAsync("data", "generate", "--tenant", "dealflow", "--size", "50", "--days", "3", "--as-of", "2026-11-22", "--out", warehouse);
        Assert.True(generated.ExitCode == 0, generated.StdErr);
        var csv = Path.Combine(_folder, "bad.csv");
        await File.WriteAllTextAsync(csv, "event_id,user_id,session_id,event_ts,event_type,deal_id\n1,7,s1,not-a-time,login,\n2,7,s1,2026-11-20 10:00:00,login,\n");

        var (exit, stdout, stderr) = await HostProcess.RunAsync("data", "import", "--tenant", "dealflow", "--file", csv, "--warehouse", warehouse);

        Assert.Equal(1, exit);
        Assert.Contains("line 2: timestamp 'not-a-time' is not a date", stdout, StringComparison.Ordinal);
        Assert.Contains("error: rejected: 1 of 2 rows are bad", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_column_is_one_error_line_naming_it()
    {
        var warehouse = Path.Combine(_folder, "dealflow.duckdb");
        var generated = await HostProcess.RunAsync("data", "generate", "--tenant", "dealflow", "--size", "50", "--days", "3", "--as-of", "2026-11-22", "--out", warehouse);
        Assert.True(generated.ExitCode == 0, generated.StdErr);
        var csv = Path.Combine(_folder, "no-user.csv");
        await File.WriteAllTextAsync(csv, "event_id,uid,session_id,event_ts,event_type,deal_id\n1,7,s1,2026-11-20 10:00:00,login,\n");

        var (exit, _, stderr) = await HostProcess.RunAsync("data", "import", "--tenant", "dealflow", "--file", csv, "--warehouse", warehouse);

        Assert.Equal(1, exit);
        Assert.StartsWith("error: the header row has no column 'user_id'", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
