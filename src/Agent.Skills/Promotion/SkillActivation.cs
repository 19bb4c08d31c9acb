using Microsoft.Extensions.Logging;
using SegmentAI.Skills.Skills;

namespace SegmentAI.Skills.Promotion;

/// <summary>
/// Changes which version of a skill is live, globally (<c>active</c> in skills/manifest.yaml) or for one tenant
/// (a pin under <c>tenants</c>), records every decision in the <see cref="ISkillPromotionLog"/>, and reloads the
/// <see cref="SkillRegistry"/> so the change takes effect at once. A version whose file says <c>eval_gate: true</c>
/// goes live only with a passed <see cref="GateApproval"/> that the eval gate stored (<see cref="IGateResultSource"/>);
/// the approval a caller sends only names that stored result. A rollback to the version the log shows was live before
/// needs none.
/// </summary>
/// <remarks>
/// The decision is recorded before the manifest is replaced, because the manifest must never change without a
/// record: if recording fails nothing changes; if writing the manifest fails after the record, a compensating
/// rollback record is written so the log again matches the file. Only a crash between the two steps leaves a
/// record of a change the manifest lacks, which <see cref="SkillRegistry"/> readers see as the old version and
/// the log's <see cref="ISkillPromotionLog.ActiveVersionAsync"/> reveals. The manifest is written to a temporary
/// file in the same folder and renamed over the old one, so readers see the old file or the new one, never half.
/// Changes are serialized within the process.
/// </remarks>
public sealed partial class SkillActivation : IDisposable
{
    private readonly SkillRegistry _registry;
    private readonly ISkillPromotionLog _log;
    private readonly IGateResultSource _gates;
    private readonly string _skillsFolder;
    private readonly TimeProvider _time;
    private readonly ILogger<SkillActivation> _logger;
    private readonly SemaphoreSlim _changes = new(1, 1);

    /// <summary>Creates the service over the skills folder <paramref name="skillsFolder"/> that <paramref name="registry"/> was loaded from.</summary>
    public SkillActivation(SkillRegistry registry, ISkillPromotionLog log, IGateResultSource gates, string skillsFolder, TimeProvider time, ILogger<SkillActivation> logger)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(gates);
        ArgumentException.ThrowIfNullOrWhiteSpace(skillsFolder);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _registry = registry;
        _log = log;
        _gates = gates;
        _skillsFolder = skillsFolder;
        _time = time;
        _logger = logger;
    }

    private string ManifestPath => Path.Combine(_skillsFolder, SkillManifest.FileName);

    /// <summary>Makes <see cref="ActivationRequest.Version"/> live in the request's scope and returns the recorded promotion.</summary>
    /// <exception cref="SkillActivationException">The version is unknown, does not load, is already live, or needs a passed gate.</exception>
    public async Task<SkillDecision> ActivateAsync(ActivationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await _changes.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var (library, manifest, text) = ReadCurrent();
            var skill = LoadableVersion(library, request.SkillId, request.Version);
            var (evalRunId, gateSummary) = await CheckGateAsync(skill, request, cancellationToken).ConfigureAwait(false);
            if (string.IsNullOrWhiteSpace(request.DecidedBy))
            {
                throw new SkillActivationException(ActivationFailure.Incomplete, "An activation needs the user who decides.");
            }

            var current = manifest.VersionIn(request.SkillId, request.Scope.TenantId);
            if (current == request.Version)
            {
                throw new SkillActivationException(ActivationFailure.AlreadyActive, $"{skill.Label} is already live ({request.Scope}); nothing to change.");
            }

            var decision = new SkillDecision
            {
                SkillId = request.SkillId,
                Scope = request.Scope,
                FromVersion = current,
                ToVersion = request.Version,
                Kind = DecisionKind.Promoted,
                EvalRunId = evalRunId,
                GateSummary = gateSummary,
                DecidedBy = request.DecidedBy,
                Reason = request.Reason,
                At = _time.GetUtcNow(),
            };
            return await ApplyAsync(decision, library, manifest, text, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _changes.Release();
        }
    }

    /// <summary>
    /// Makes the version live before the current one in <paramref name="scope"/> live again (for a tenant whose pin
    /// the log shows was added, removes the pin) and returns the recorded rollback.
    /// </summary>
    /// <exception cref="SkillActivationException">The log knows no earlier version there, or it no longer loads.</exception>
    public async Task<SkillDecision> RollbackAsync(string skillId, PromotionScope scope, string decidedBy, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await _changes.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var (library, manifest, text) = ReadCurrent();
            KnownSkill(library, manifest, skillId);
            if (string.IsNullOrWhiteSpace(decidedBy))
            {
                throw new SkillActivationException(ActivationFailure.Incomplete, "A rollback needs the user who decides.");
            }

            var current = manifest.VersionIn(skillId, scope.TenantId);
            var history = await _log.HistoryAsync(skillId, scope.TenantId, cancellationToken).ConfigureAwait(false);
            // The promotion that made the current version live says what was live before it; rollbacks are skipped
            // so that rolling back twice walks further back instead of toggling between two versions.
            var promotion = history.FirstOrDefault(d => d.Scope == scope && d.Kind == DecisionKind.Promoted && d.ToVersion == current);
            if (current is null || promotion is null || (promotion.FromVersion is null && scope.IsGlobal))
            {
                throw new SkillActivationException(
                    ActivationFailure.NothingToRollBack,
                    $"The promotion log has no version of {skillId} that was live ({scope}) before {current ?? "the current one"}; nothing to roll back to.");
            }

            if (promotion.FromVersion is { } previous)
            {
                LoadableVersion(library, skillId, previous);
            }

            var decision = new SkillDecision
            {
                SkillId = skillId,
                Scope = scope,
                FromVersion = current,
                ToVersion = promotion.FromVersion,
                Kind = DecisionKind.RolledBack,
                // The run that let the version being undone go live: the rollback is read against it.
                EvalRunId = promotion.EvalRunId,
                DecidedBy = decidedBy,
                Reason = reason,
                At = _time.GetUtcNow(),
            };
            return await ApplyAsync(decision, library, manifest, text, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _changes.Release();
        }
    }

    /// <summary>Records that a candidate version was refused (its gate failed or a reviewer said no); the live version does not change.</summary>
    /// <exception cref="SkillActivationException">The skill or version is unknown, or the eval run id is missing.</exception>
    public async Task<SkillDecision> RejectAsync(
        string skillId, string candidateVersion, PromotionScope scope, string evalRunId, string? gateSummary, string decidedBy, string? reason,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var (library, manifest, _) = ReadCurrent();
        KnownSkill(library, manifest, skillId);
        if (string.IsNullOrWhiteSpace(evalRunId) || string.IsNullOrWhiteSpace(decidedBy))
        {
            throw new SkillActivationException(ActivationFailure.Incomplete, "A rejection needs the id of the eval run it rests on and the user who decides.");
        }

        if (!library.Versions(skillId).Any(s => s.Version == candidateVersion) && library.FailureOf(skillId, candidateVersion) is null)
        {
            throw new SkillActivationException(ActivationFailure.UnknownVersion, $"Skill {skillId} has no version {candidateVersion} to reject.");
        }

        return await _log.RecordAsync(
            new SkillDecision
            {
                SkillId = skillId,
                Scope = scope,
                FromVersion = manifest.VersionIn(skillId, scope.TenantId),
                ToVersion = candidateVersion,
                Kind = DecisionKind.Rejected,
                EvalRunId = evalRunId,
                GateSummary = gateSummary,
                DecidedBy = decidedBy,
                Reason = reason,
                At = _time.GetUtcNow(),
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Dispose() => _changes.Dispose();

    private async Task<(string? EvalRunId, string? GateSummary)> CheckGateAsync(Skill skill, ActivationRequest request, CancellationToken cancellationToken)
    {
        if (request.Approval is { } offered)
        {
            // The caller's approval only names the gate: its verdict is read from what the gate stored.
            var id = string.IsNullOrWhiteSpace(offered.GateId) ? offered.EvalRunId : offered.GateId;
            var stored = await _gates.FindApprovalAsync(id, cancellationToken).ConfigureAwait(false)
                ?? throw new SkillActivationException(
                    ActivationFailure.GateNotPassed,
                    $"{skill.Label} cannot go live: no stored eval gate result has the id '{id}'. Run the gate (gate --skill {request.SkillId} --candidate {request.Version}) and give the gate id it prints.");
            return stored.ProblemFor(request.SkillId, request.Version) is { } problem
                ? throw new SkillActivationException(ActivationFailure.GateNotPassed, $"{skill.Label} cannot go live: {problem}.")
                : (stored.EvalRunId, stored.Details);
        }

        if (skill.EvalGate)
        {
            throw new SkillActivationException(
                ActivationFailure.GateRequired,
                $"{skill.Label} has eval_gate: true, so it goes live only with a passed eval gate. Run its eval suite ({skill.EvalSuiteId}) and give the gate approval of the run.");
        }

        if (string.IsNullOrWhiteSpace(request.EvalRunId))
        {
            throw new SkillActivationException(ActivationFailure.Incomplete, $"Activating {skill.Label} needs the id of the eval run the decision rests on.");
        }

        return await _gates.RunExistsAsync(request.EvalRunId, cancellationToken).ConfigureAwait(false)
            ? (request.EvalRunId, null)
            : throw new SkillActivationException(
                ActivationFailure.UnknownEvalRun,
                $"There is no stored eval run '{request.EvalRunId}', so {skill.Label} cannot go live on it. Run its eval suite and give the run id it prints.");
    }

    private static void KnownSkill(SkillLibrary library, SkillManifest manifest, string skillId)
    {
        if (!library.SkillIds.Contains(skillId) && manifest.ActiveVersion(skillId) is null && !library.Failures.Any(f => f.SkillId == skillId))
        {
            throw new SkillActivationException(ActivationFailure.UnknownSkill, $"There is no skill '{skillId}'. Skills: {string.Join(", ", library.SkillIds.Order(StringComparer.Ordinal))}.");
        }
    }

    private static Skill LoadableVersion(SkillLibrary library, string skillId, string version)
    {
        if (library.Find(skillId, version) is { } skill)
        {
            return skill;
        }

        if (library.FailureOf(skillId, version) is { } failure)
        {
            throw new SkillActivationException(ActivationFailure.VersionDoesNotLoad, $"{skillId}@{version} does not load, so it cannot go live: {failure}");
        }

        if (!library.SkillIds.Contains(skillId))
        {
            throw new SkillActivationException(ActivationFailure.UnknownSkill, $"There is no skill '{skillId}'. Skills: {string.Join(", ", library.SkillIds.Order(StringComparer.Ordinal))}.");
        }

        throw new SkillActivationException(
            ActivationFailure.UnknownVersion,
            $"Skill {skillId} has no version {version}; its versions are {string.Join(", ", library.Versions(skillId).Select(s => s.Version))}.");
    }

    private (SkillLibrary Library, SkillManifest Manifest, string Text) ReadCurrent()
    {
        // The files are the truth: another process or an editor may have changed them since the registry loaded.
        var text = File.ReadAllText(ManifestPath);
        return (SkillLoader.Load(_skillsFolder), SkillManifest.Parse(ManifestPath, text), text);
    }

    private async Task<SkillDecision> ApplyAsync(SkillDecision decision, SkillLibrary library, SkillManifest manifest, string text, CancellationToken cancellationToken)
    {
        var recorded = await _log.RecordAsync(decision, cancellationToken).ConfigureAwait(false);
        var changed = manifest.WithVersion(decision.SkillId, decision.Scope.TenantId, decision.ToVersion);
        try
        {
            WriteManifest(changed.ToYaml(SkillManifest.HeaderOf(text)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await CompensateAsync(recorded, ex).ConfigureAwait(false);
            throw new SkillActivationException(
                ActivationFailure.ManifestNotWritten,
                $"{ManifestPath} could not be written ({ex.Message}), so {decision.SkillId} was not changed. Check that the skills folder is writable, then try again.",
                ex);
        }

        _registry.Reload(library, changed);
        LogChanged(_logger, decision.SkillId, decision.Scope.ToString(), decision.FromVersion ?? "none", decision.ToVersion ?? "none", decision.Kind, decision.DecidedBy);
        return recorded;
    }

    private async Task CompensateAsync(SkillDecision recorded, Exception cause)
    {
        try
        {
            // Not the caller's token: the compensation must be written even when the request was cancelled.
            await _log.RecordAsync(
                recorded with
                {
                    Id = 0,
                    Kind = DecisionKind.RolledBack,
                    FromVersion = recorded.ToVersion,
                    ToVersion = recorded.FromVersion,
                    Reason = $"compensation: the manifest could not be written after decision {recorded.Id} ({cause.Message})",
                    At = _time.GetUtcNow(),
                },
                CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogCompensationFailed(_logger, ex, recorded.Id, recorded.SkillId);
        }
    }

    private void WriteManifest(string yaml)
    {
        var temporary = Path.Combine(_skillsFolder, $".{SkillManifest.FileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(yaml);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, ManifestPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Skill {SkillId} ({Scope}) changed from {FromVersion} to {ToVersion}: {Kind} by {DecidedBy}")]
    private static partial void LogChanged(ILogger logger, string skillId, string scope, string fromVersion, string toVersion, DecisionKind kind, string decidedBy);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Decision {DecisionId} about skill {SkillId} is recorded but the manifest was not written, and the compensating record failed too; the promotion log claims a change the manifest lacks")]
    private static partial void LogCompensationFailed(ILogger logger, Exception exception, long decisionId, string skillId);
}
