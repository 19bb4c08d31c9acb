using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using SegmentAI.Evals.Hosting;
using SegmentAI.Evals.Optimizer;
using SegmentAI.Evals.Tests.Gates;

namespace SegmentAI.Evals.Tests.Optimizer;

public sealed class ScheduledOptimizerTests : IDisposable
{
    private readonly GateRepository _repository = new();

    public void Dispose() => _repository.Dispose();

    [Fact]
    public void Nothing_is_scheduled_unless_the_optimizer_is_enabled()
    {
        using var services = new ServiceCollection().AddLogging().AddOptimizerJob(Configuration(enabled: false)).BuildServiceProvider();

        Assert.Empty(services.GetServices<IHostedService>());
        Assert.Null(services.GetService<OptimizerJob>());
    }

    [Fact]
    public async Task The_enabled_job_runs_when_time_reaches_the_scheduled_hour_and_writes_its_report()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 1, 59, 58, TimeSpan.Zero));
        var configuration = Configuration(enabled: true);
        await using var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(time).AddSingleton(configuration).AddOptimizerJob(configuration).BuildServiceProvider();
        var scheduled = Assert.IsType<ScheduledOptimizer>(Assert.Single(services.GetServices<IHostedService>()));
        var reports = Path.Combine(_repository.Results, OptimizerJob.FolderName);

        await scheduled.StartAsync(CancellationToken.None);
        var reportsBefore = Directory.Exists(reports) ? Directory.GetFiles(reports, "*.json").Length : 0;
        // Fake seconds pass until the run has finished; the job itself runs on real time, seconds alone but minutes on a
        // two-core machine busy with the other suites, so the bound only stops a hung job.
        for (var step = 0; step < 6000 && scheduled.CompletedRuns == 0; step++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(100);
        }

        await scheduled.StopAsync(CancellationToken.None);

        Assert.Equal(0, reportsBefore);
        Assert.Equal(1, scheduled.CompletedRuns);
        Assert.Single(Directory.GetFiles(reports, "*.json"));
    }

    private IConfiguration Configuration(bool enabled) => new ConfigurationBuilder()
        .AddConfiguration(EvalHosts.Configuration(_repository.Root, _repository.StateDirectory, _repository.Results))
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Optimizer:Enabled"] = enabled ? "true" : "false",
            ["Optimizer:Schedule"] = "daily 02:00",
            ["Optimizer:Tenant"] = "dealflow",
            ["Optimizer:Candidates"] = "1",
        })
        .Build();
}
