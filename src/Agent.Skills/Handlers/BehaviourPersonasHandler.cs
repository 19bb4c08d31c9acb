using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using SegmentAI.Skills.Analysis;
using SegmentAI.Skills.Behaviour;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Dates;
using SegmentAI.Skills.Llm;
using SegmentAI.Skills.Sessions;
using SegmentAI.Skills.Statistics;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Skills.Handlers;

/// <summary>
/// The <c>analyze_personas</c> procedure: "what kinds of users do we have?", "which users drop off the most?", "show
/// retention by persona", "suggest experiments for the serial revisers". Finds the behavioural personas of the window
/// the message names (the skill's default otherwise) and answers with the view asked for. Before a reply goes out,
/// every number in it is checked against the analysis; a reply with a number the analysis did not produce is withheld.
/// </summary>
[SkillOptions(typeof(BehaviourPersonasOptions))]
internal sealed partial class BehaviourPersonasHandler(BehaviourStudies studies, ILogger<BehaviourPersonasHandler> logger, AnswerRephraser? rephraser = null) : ISkillHandler
{
    /// <summary>The intent the skill serves; the intent classifier learns it from the skill's examples.</summary>
    public const string Intent = "analyze_behaviour";

    /// <summary>The tool a skill lists to run the persona analysis.</summary>
    public const string Tool = "behaviour_analysis";

    // Dates read the same whatever the server's culture, and the number check finds them verbatim.
    private const string DayFormat = "d MMM yyyy";

    public async Task<ChatReply?> HandleAsync(SkillContext context, CancellationToken cancellationToken = default)
    {
        var turn = context.Turn;
        var text = context.Perception.CorrectedText;
        if (!context.Skill.Skill.Triggers.Any(t => t.Matches(text)) && !AnalysisWords().IsMatch(text))
        {
            // Chosen by the text model alone, without a word of behavioural analysis: an audience, not ours.
            return null;
        }

        if (turn.Tenant.Config.Behaviour is null)
        {
            return Replies.Answer(turn, context.Skill,
                $"{turn.Tenant.Config.DisplayName} has no product event log set up, so I can't find behavioural personas here. An admin can declare one in the behaviour: section of the workspace's tenant.yaml.");
        }

        if (turn.Warehouse is not { } warehouse)
        {
            return Replies.Answer(turn, context.Skill, $"I can't analyse behaviour without the warehouse: {turn.WarehouseProblem}.");
        }

        var options = context.Options<BehaviourPersonasOptions>();
        if (Window(turn, options, out var question) is not { } window)
        {
            return Replies.Answer(turn, context.Skill, question!);
        }

        BehaviourStudy study;
        try
        {
            study = await studies.GetAsync(turn.Tenant, warehouse, window.Start, window.End, new BehaviourStudyOptions
            {
                RetentionPeriods = options.RetentionDays,
                ExperimentsPerPersona = options.ExperimentsPerPersona,
                MinimumDetectableEffect = options.MinimumDetectableEffectPoints / 100,
                MapPointsPerPersona = options.MapPointsPerPersona,
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (BehaviourAnalysisException ex)
        {
            return Replies.Answer(turn, context.Skill, $"I can't find personas for that period: {ex.Message}.");
        }
        catch (WarehouseUnavailableException)
        {
            return Replies.Answer(turn, context.Skill, "I can't reach the warehouse right now, so I can't analyse behaviour. Try again in a minute; if it keeps failing, an admin can check the warehouse settings.");
        }

        var from = window.Start.ToString(DayFormat, CultureInfo.InvariantCulture);
        var to = window.LastDay.ToString(DayFormat, CultureInfo.InvariantCulture);
        var period = $"from {from} to {to} ({window.Expression})";
        IReadOnlyList<ReplyContent> contents;
        if (ExperimentWords().IsMatch(text))
        {
            if (Personas(text, study) is not { } chosen)
            {
                return Replies.Answer(turn, context.Skill, WhichPersona(study, Subject().Match(text).Groups["who"].Value.Trim()));
            }

            contents = PersonaReport.Experiments(study, chosen, period);
        }
        else if (RetentionWords().IsMatch(text))
        {
            contents = PersonaReport.Retention(study, UnboundedWords().IsMatch(text) ? RetentionKind.Unbounded : RetentionKind.NDay, period);
        }
        else if (DropOffWords().IsMatch(text))
        {
            contents = PersonaReport.DropOff(study, period);
        }
        else
        {
            contents = PersonaReport.Overview(study, period);
        }

        var verbatim = PersonaReport.Verbatim(study).Append(from).Append(to).Append(window.Expression).ToList();
        var untraced = NumberTrace.Untraced([.. contents], study.Numbers(), verbatim, study.Plotted());
        if (untraced.Count > 0)
        {
            LogUntracedNumbers(logger, context.Skill.SkillId, untraced.Count);
            return Replies.Error(turn, context.Skill, "I found the personas but could not check every number in my answer against the analysis, so I'm not showing it. Please report this; asking for a different view may work meanwhile.");
        }

        if (rephraser is not null)
        {
            contents = await RephrasedAsync(contents, study, rephraser, cancellationToken).ConfigureAwait(false);
        }

        return Replies.Answer(turn, context.Skill, ((TextContent)contents[0]).Text) with { Contents = contents };
    }

    // Only the opening paragraph is reworded: the tables, definitions and charts stay exactly as computed.
    private static async Task<IReadOnlyList<ReplyContent>> RephrasedAsync(
        IReadOnlyList<ReplyContent> contents, BehaviourStudy study, AnswerRephraser rephraser, CancellationToken cancellationToken)
    {
        var text = ((TextContent)contents[0]).Text;
        var split = text.IndexOf("\n\n", StringComparison.Ordinal);
        var lead = split < 0 ? text : text[..split];
        var names = study.Profiles.Select(p => p.Name).ToList();
        return await rephraser.RephraseAsync(lead, contents, names, cancellationToken).ConfigureAwait(false) is { } reworded
            ? [new TextContent(reworded + (split < 0 ? "" : text[split..])), .. contents.Skip(1)]
            : contents;
    }

    // The period the message names (up to the conversation's date), or the skill's default days before it.
    private static DateWindow? Window(TurnContext turn, BehaviourPersonasOptions options, out string? question)
    {
        question = null;
        var mention = turn.Perception.Entities.Dates.FirstOrDefault();
        if (mention is null)
        {
            return new DateWindow(turn.AsOf.AddDays(-options.DefaultDays), turn.AsOf, $"the last {options.DefaultDays} days");
        }

        if (mention.Resolution is { Status: DateResolutionStatus.Ambiguous } ambiguous)
        {
            question = $"Which period do you mean by \"{mention.Text}\": {string.Join(", or ", ambiguous.Candidates.Select(c => c.Label))}?";
            return null;
        }

        if (mention.Resolution.Window is not { } named)
        {
            question = $"I couldn't read \"{mention.Text}\" as a period. Say it like \"last week\" or \"the last 30 days\".";
            return null;
        }

        var end = named.End > turn.AsOf ? turn.AsOf : named.End;
        if (end <= named.Start)
        {
            question = $"\"{mention.Text}\" has no days before {turn.AsOf.ToString(DayFormat, CultureInfo.InvariantCulture)} yet, so there is no behaviour to analyse in it. Try \"last week\" or \"the last 30 days\".";
            return null;
        }

        return new DateWindow(named.Start, end, mention.Text);
    }

    // The personas the experiment request is about: the one it names, all of them when it names none, or null when
    // its words fit more than one (the reply then asks which).
    private static IReadOnlyList<int>? Personas(string text, BehaviourStudy study)
    {
        var everyone = Enumerable.Range(0, study.Profiles.Count).ToList();
        if (Subject().Match(text) is not { Success: true } subject || EveryWords().IsMatch(subject.Groups["who"].Value))
        {
            return everyone;
        }

        var (persona, named) = PersonaFinder.Shipped.Find(subject.Groups["who"].Value, study.Profiles);
        return persona is { } one ? [one] : named ? null : everyone;
    }

    private static string WhichPersona(BehaviourStudy study, string words) =>
        $"Which persona do you mean by \"{words}\"? These are the personas of this period: {string.Join("; ", study.Profiles.Select(p => p.Name))}. Name one, or say \"persona 2\".";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skill {Skill} withheld a reply with {Count} numbers not found in its analysis")]
    private static partial void LogUntracedNumbers(ILogger logger, string skill, int count);

    [GeneratedRegex(@"\b(personas?|clusters?|clustering|behaviou?r(?:al)?|retention|survival|experiments?|a/b\s+tests?|(?:kinds?|types?|sorts?)\s+of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnalysisWords();

    [GeneratedRegex(@"\b(experiments?|a/b\s+tests?|ideas?|what\s+(?:should|could|can)\s+we\s+(?:test|try))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExperimentWords();

    [GeneratedRegex(@"\b(retention|retain(?:ed|s)?|survival|come\s+back|coming\s+back|return(?:s|ing)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RetentionWords();

    [GeneratedRegex(@"\b(unbounded|on\s+or\s+after|or\s+later)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnboundedWords();

    [GeneratedRegex(@"\b(drop(?:s|ped|ping)?[\s-]?offs?|churn\w*|give\s+up|gave\s+up|giving\s+up|abandon\w*|quit\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DropOffWords();

    [GeneratedRegex(@"\b(?:for|about|targeting|aimed\s+at)\s+(?<who>.+?)\s*[?.!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Subject();

    [GeneratedRegex(@"^(?:the\s+)?(?:each|every|all|all\s+the|our|my)?\s*(?:personas?|groups?|clusters?|segments?|users)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EveryWords();
}
