using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Evals.Hosting;
using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Promotion;
using SegmentAI.Skills.Skills;
using SegmentAI.Skills.Tenants;
using Spectre.Console;

namespace SegmentAI.Evals.CommandLine;

/// <summary>
/// <c>promote --skill S --version V [--tenant T] --gate GATE_ID --by USER</c> and
/// <c>rollback --skill S [--tenant T] --by USER --reason "..."</c>: change the live version through
/// <see cref="SkillActivation"/>, which records the decision in long-term memory and, for promotions, checks the
/// stored gate result named by <c>--gate</c>. Exit code 0 done, 1 refused, 2 could not run.
/// </summary>
internal static class PromoteCommand
{
    public const int Refused = 1;
    public const int CouldNotRun = 2;

    public static Command BuildPromote(IAnsiConsole console)
    {
        var skill = new Option<string>("--skill") { Description = "Skill to promote.", Required = true };
        var version = new Option<string>("--version") { Description = "Version to make live.", Required = true };
        var tenant = new Option<string?>("--tenant") { Description = "Pin the version for this tenant only; global when omitted." };
        var gate = new Option<string>("--gate") { Description = "Id of the passed gate result (printed by `gate`).", Required = true };
        var by = new Option<string>("--by") { Description = "User who decides.", Required = true };
        var reason = new Option<string?>("--reason") { Description = "Why." };
        var harness = new HarnessOptions();
        var command = new Command("promote", "Make a version live on the strength of a passed, stored eval gate result.") { skill, version, tenant, gate, by, reason };
        harness.AddTo(command);
        command.SetAction((result, cancellationToken) => ChangeAsync(console, harness.Configuration(result), result.GetValue(tenant), (activation, scope) => activation.ActivateAsync(
            new ActivationRequest
            {
                SkillId = result.GetValue(skill)!,
                Version = result.GetValue(version)!,
                Scope = scope,
                DecidedBy = result.GetValue(by)!,
                Reason = result.GetValue(reason),
                // Only names the stored result: activation reads the verdict from the gate's own file.
                Approval = new GateApproval { GateId = result.GetValue(gate)!, EvalRunId = result.GetValue(gate)!, SkillId = result.GetValue(skill)!, CandidateVersion = result.GetValue(version)!, Passed = true },
            },
            cancellationToken), cancellationToken));
        return command;
    }

    public static Command BuildRollback(IAnsiConsole console)
    {
        var skill = new Option<string>("--skill") { Description = "Skill to roll back.", Required = true };
        var tenant = new Option<string?>("--tenant") { Description = "Roll back this tenant's pin; the global version when omitted." };
        var by = new Option<string>("--by") { Description = "User who decides.", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why.", Required = true };
        var harness = new HarnessOptions();
        var command = new Command("rollback", "Make the version live before the current one live again.") { skill, tenant, by, reason };
        harness.AddTo(command);
        command.SetAction((result, cancellationToken) => ChangeAsync(console, harness.Configuration(result), result.GetValue(tenant), (activation, scope) =>
            activation.RollbackAsync(result.GetValue(skill)!, scope, result.GetValue(by)!, result.GetValue(reason), cancellationToken), cancellationToken));
        return command;
    }

    private static async Task<int> ChangeAsync(
        IAnsiConsole console, IConfiguration configuration, string? tenantId, Func<SkillActivation, PromotionScope, Task<SkillDecision>> change, CancellationToken cancellationToken)
    {
        try
        {
            await using var services = await EvalHosts.WithMemoryAsync(configuration, cancellationToken).ConfigureAwait(false);
            var tenants = services.GetRequiredService<TenantDirectory>();
            if (tenantId is not null && tenants.Find(tenantId) is null)
            {
                throw new ArgumentException($"unknown tenant '{tenantId}'; tenants: {string.Join(", ", tenants.Tenants.Select(t => t.Id))}");
            }

            var decision = await change(services.GetRequiredService<SkillActivation>(), tenantId is null ? PromotionScope.Global : PromotionScope.Tenant(tenantId)).ConfigureAwait(false);
            console.MarkupLine(Markup.Escape(
                $"{decision.Kind.ToString().ToLowerInvariant()}: {decision.SkillId} {decision.FromVersion ?? "none"} -> {decision.ToVersion ?? "the global version"} ({decision.Scope}) by {decision.DecidedBy}, eval run {decision.EvalRunId ?? "none"}, decision {decision.Id}"));
            return 0;
        }
        catch (SkillActivationException ex)
        {
            await Console.Error.WriteLineAsync($"refused: {ex.Message}").ConfigureAwait(false);
            return Refused;
        }
        catch (Exception ex) when (ex is ArgumentException or ConfigurationException or UnknownTenantException or MemoryUnavailableException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return CouldNotRun;
        }
    }
}
