using System.Text.RegularExpressions;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Estimation;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sessions;
using SegmentAI.Skills.Skills;
using SegmentAI.Skills.Sql;

namespace SegmentAI.Skills.Handlers;

/// <summary>A segment explained in plain words, with a size counted now on the warehouse.</summary>
internal sealed partial class SegmentExplanations(SizeEstimator estimator)
{
    public async Task<ChatReply> ExplainAsync(TurnContext turn, ResolvedSkill skill, SegmentDefinition definition, string? note, CancellationToken cancellationToken)
    {
        // The SQL goes with every explanation when the skill says so (include_sql_by_default), else when asked for.
        var includeSql = SkillOptionsBinder.Bind<SegmentExplainOptions>(skill).IncludeSqlByDefault || SqlWords().IsMatch(turn.Perception.CorrectedText);
        var compiled = SegmentCompiler.Compile(definition, turn.Tenant, turn.Warehouse?.Dialect ?? SqlDialect.DuckDb, turn.AsOf);
        var estimate = turn.Warehouse is { } warehouse
            ? await estimator.EstimateAsync(compiled, turn.Tenant, warehouse, cancellationToken: cancellationToken).ConfigureAwait(false)
            : null;
        var card = SegmentCardBuilder.Build(turn.Session.Draft?.Id ?? "segment", compiled, turn.Tenant, estimate, []);
        var text = SegmentExplainer.Explain(card, turn.Tenant.Config.Entity.Noun, includeSql);
        return Replies.Answer(turn, skill, note is null ? text : $"{note}\n\n{text}", card);
    }

    [GeneratedRegex(@"\b(sql|query|queries)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SqlWords();
}
