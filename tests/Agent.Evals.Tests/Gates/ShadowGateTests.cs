using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Evals.Gates;
using SegmentAI.Evals.Hosting;
using SegmentAI.Evals.Runs;
using SegmentAI.Evals.Suites;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Promotion;
using SegmentAI.Skills.Skills;

namespace SegmentAI.Evals.Tests.Gates;

/// <summary>
/// Gate 3 over real engines and the SQLite query log: the candidate's suite slice (acme-retail, which pins the
/// changed parameter) passes gates 1 and 2, while dealflow's production queries, replayed, get different replies.
/// </summary>
public sealed class ShadowGateTests : IDisposable
{
    private const string Dealflow = "dealflow";

    private readonly GateRepository _repository = new();

    public ShadowGateTests() => _repository.AddSegmentCreation("1.0.1", GateRepository.StricterFacetThreshold);

    public void Dispose() => _repository.Dispose();

    [Fact]
    public async Task Shadow_replay_sends_the_differences_to_review_as_pending_and_the_gate_passes_once_they_are_approved()
    {
        var configuration = EvalHosts.Configuration(_repository.Root, _repository.StateDirectory, _repository.Results);
        await using var control = await EvalHosts.WithMemoryAsync(configuration, CancellationToken.None);
        await using var active = EvalHosts.Engine(configuration);
        await using var candidate = EvalHosts.Engine(configuration, "segment_creation", "1.0.1");
        var log = control.GetRequiredService<IInteractionLog>();
        var queue = control.GetRequiredService<IShadowReviewQueue>();
        await RecordAsync(log, "s-europe", "users in Europe");
        await RecordAsync(log, "s-linkedin", "users who came from LinkedIn");
        var gate = new EvalGate(control.GetRequiredService<FileGateResultStore>(), control.GetRequiredService<IEvalRunStore>(), queue, TimeProvider.System);
        var replay = new ShadowReplay(
            active.GetRequiredService<IConversationEngine>(), candidate.GetRequiredService<IConversationEngine>(), log, active.GetRequiredService<EvalWarehouses>(), TimeProvider.System);
        var request = Request(control.GetRequiredService<SkillRegistry>(), control.GetRequiredService<RepositoryLayout>());

        var first = await gate.RunAsync(request, active.GetRequiredService<EvalRunner>(), candidate.GetRequiredService<EvalRunner>(), replay);
        var pending = await queue.PendingAsync(Dealflow, "segment_creation", "1.0.1");
        foreach (var item in pending)
        {
            await queue.ReviewAsync(Dealflow, item.Id, new ReviewVerdict(true, "dana.admin@dealflow", "clarifying is fine here", DateTimeOffset.UtcNow));
        }

        var second = await gate.RunAsync(request, active.GetRequiredService<EvalRunner>(), candidate.GetRequiredService<EvalRunner>(), replay);
        var storedApproval = await new FileGateResultSource(Path.Combine(_repository.Results, EvalResultsLocation.GatesFolderName)).FindApprovalAsync(second.GateId);

        Assert.Equal([GateStatus.Passed, GateStatus.Passed, GateStatus.Pending], first.Checks.Select(c => c.Status));
        Assert.Equal(GateStatus.Pending, first.Status);
        Assert.False(first.Approval.Passed);
        Assert.Equal(["s-europe", "s-linkedin"], pending.Select(i => i.Turn.SessionId).Order(StringComparer.Ordinal));
        Assert.All(pending, i => Assert.Equal(("different_kind", first.CandidateRunId, "1.0.0"), (i.DifferenceKind, i.EvalRunId, i.ActiveVersion)));
        Assert.Equal(pending.Select(i => i.Id).Order(), first.ReviewItems.Select(r => r.Id).Order());
        Assert.Equal(GateStatus.Passed, second.Status);
        Assert.Contains("were approved", second.Checks[2].Details, StringComparison.Ordinal);
        Assert.Empty(await queue.PendingAsync(Dealflow, "segment_creation", "1.0.1"));
        Assert.True(storedApproval is { Passed: true, CandidateVersion: "1.0.1" });
        Assert.Equal(second.CandidateRunId, storedApproval!.EvalRunId);
    }

    [Fact]
    public async Task A_rejected_difference_fails_the_shadow_gate_on_the_next_run()
    {
        var configuration = EvalHosts.Configuration(_repository.Root, _repository.StateDirectory, _repository.Results);
        await using var control = await EvalHosts.WithMemoryAsync(configuration, CancellationToken.None);
        await using var active = EvalHosts.Engine(configuration);
        await using var candidate = EvalHosts.Engine(configuration, "segment_creation", "1.0.1");
        var log = control.GetRequiredService<IInteractionLog>();
        var queue = control.GetRequiredService<IShadowReviewQueue>();
        await RecordAsync(log, "s-europe", "users in Europe");
        var gate = new EvalGate(control.GetRequiredService<FileGateResultStore>(), control.GetRequiredService<IEvalRunStore>(), queue, TimeProvider.System);
        var replay = new ShadowReplay(
            active.GetRequiredService<IConversationEngine>(), candidate.GetRequiredService<IConversationEngine>(), log, active.GetRequiredService<EvalWarehouses>(), TimeProvider.System);
        var request = Request(control.GetRequiredService<SkillRegistry>(), control.GetRequiredService<RepositoryLayout>());

        await gate.RunAsync(request, active.GetRequiredService<EvalRunner>(), candidate.GetRequiredService<EvalRunner>(), replay);
        var item = Assert.Single(await queue.PendingAsync(Dealflow, "segment_creation", "1.0.1"));
        await queue.ReviewAsync(Dealflow, item.Id, new ReviewVerdict(false, "dana.admin@dealflow", "it should have built the segment", DateTimeOffset.UtcNow));
        var second = await gate.RunAsync(request, active.GetRequiredService<EvalRunner>(), candidate.GetRequiredService<EvalRunner>(), replay);

        Assert.Equal(GateStatus.Failed, second.Status);
        Assert.Equal(GateStatus.Failed, second.Checks[2].Status);
        Assert.Contains("rejected", second.Checks[2].Details, StringComparison.Ordinal);
        Assert.False(second.Approval.Passed);
    }

    // The suite slice of acme-retail, where both versions behave alike; production queries come from dealflow.
    private static GateRequest Request(SkillRegistry registry, RepositoryLayout layout)
    {
        var candidate = registry.Library.Find("segment_creation", "1.0.1")!;
        var suite = EvalSuiteLoader.Load(layout.Skills, "segment_creation", candidate.EvalSuiteId, layout.Root);
        return new GateRequest(suite, registry.Library.Find("segment_creation", "1.0.0")!, candidate, "acme-retail", [Dealflow], DateTimeOffset.UtcNow.AddDays(-1), 50);
    }

    private static Task RecordAsync(IInteractionLog log, string sessionId, string query) =>
        log.RecordTurnAsync(new TurnRecord
        {
            TenantId = Dealflow,
            UserId = "dana.analyst@dealflow",
            SessionId = sessionId,
            Turn = 1,
            Channel = "web",
            Query = query,
            AsOf = EvalWarehouses.AsOf,
            SkillId = "segment_creation",
            SkillVersion = "1.0.0",
            ReplyKind = "segment",
            At = DateTimeOffset.UtcNow,
        });
}
