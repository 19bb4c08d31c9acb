using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SegmentAI.Skills.Ambiguity;
using SegmentAI.Skills.Authoring;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Planning;
using SegmentAI.Skills.Privacy;
using SegmentAI.Skills.Retrieval;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sessions;
using SegmentAI.Skills.Skills;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Handlers;

/// <summary>
/// The <c>manage_memory</c> procedure: what the agent remembers about a user (list, state, teach, forget), an admin's
/// right-to-be-forgotten erasure, and the admin's shadow-review commands.
/// </summary>
[SkillOptions(typeof(UserMemoryOptions))]
internal sealed partial class UserMemoryHandler(
    LongTermMemory memory,
    PermissionChecker permissions,
    SegmentPlanner planner,
    SegmentAuthor author,
    FacetIndexWarmup indexes,
    SkillRegistry skills,
    ShadowReviewCommands reviews,
    TimeProvider time) : ISkillHandler
{
    public async Task<ChatReply?> HandleAsync(SkillContext context, CancellationToken cancellationToken = default)
    {
        var turn = context.Turn;
        var skill = context.Skill;
        var text = (turn.Request.Text ?? "").Trim().TrimEnd('.', '!', '?').Trim();
        if (ShadowReviewCommands.IsReviewCommand(text))
        {
            return await reviews.RunAsync(turn, skill, text, cancellationToken).ConfigureAwait(false);
        }

        if (EraseUserRequest().Match(text) is { Success: true } erase)
        {
            return await EraseUserAsync(turn, skill, erase.Groups["user"].Value.Trim('"', '\'', '“', '”', ',', '.'), cancellationToken).ConfigureAwait(false);
        }

        if (MeaningStatement().Match(text) is { Success: true } statement)
        {
            return await StateMeaningAsync(turn, skill, statement.Groups["phrase"].Value, statement.Groups["meaning"].Value, cancellationToken).ConfigureAwait(false);
        }

        if (ForgetRequest().Match(text) is { Success: true } forget)
        {
            return await ForgetAsync(turn, skill, forget.Groups["what"].Value.Trim(), cancellationToken).ConfigureAwait(false);
        }

        return await ListMemoryAsync(turn, skill, context.Options<UserMemoryOptions>().MaxItemsListed, cancellationToken).ConfigureAwait(false);
    }

    // At most maxItems lines in all; what does not fit is counted, so nothing remembered is silently left out.
    private async Task<ChatReply> ListMemoryAsync(TurnContext turn, ResolvedSkill skill, int maxItems, CancellationToken cancellationToken)
    {
        var preferences = await memory.Preferences.ListAsync(turn.Tenant.Id, turn.Request.UserId, cancellationToken).ConfigureAwait(false);
        var phrases = await memory.Vocabulary.ForUserAsync(turn.Tenant.Id, turn.Request.UserId, cancellationToken).ConfigureAwait(false);
        if (preferences.Count == 0 && phrases.Count == 0)
        {
            return Replies.Answer(turn, skill,
                "I don't remember anything about you yet. When I ask what you mean by a word like \"recent\" or \"high-value\", I keep your answer for next time; you can also tell me directly, e.g. \"by recent I mean the last 30 days\".");
        }

        var reply = new StringBuilder();
        var room = maxItems;
        if (preferences.Count > 0)
        {
            reply.AppendLine("What your words mean to me:");
            foreach (var preference in preferences.Take(room))
            {
                reply.Append("- ").Append(DescribeKind(turn.Tenant, preference.Kind)).Append(": ").Append(preference.Option.Label)
                    .Append(" (").Append(ConfidenceWord(preference.Confidence)).Append(" confidence, ").Append(preference.Source).AppendLine(")");
            }

            room = More(reply, preferences.Count, room, "meaning");
        }

        var own = phrases.Where(p => p.UserId is not null).ToList();
        var shared = phrases.Where(p => p.UserId is null).ToList();
        if (own.Count > 0)
        {
            reply.AppendLine("Phrases you taught me:");
            own.Take(room).ToList().ForEach(p => reply.Append("- \"").Append(p.Phrase).Append("\" = ").AppendLine(p.Meaning));
            room = More(reply, own.Count, room, "taught phrase");
        }

        if (shared.Count > 0)
        {
            reply.AppendLine("Phrases your workspace taught me:");
            shared.Take(room).ToList().ForEach(p => reply.Append("- \"").Append(p.Phrase).Append("\" = ").AppendLine(p.Meaning));
            More(reply, shared.Count, room, "workspace phrase");
        }

        reply.Append("Say \"forget what high value means\" (or any of these) to drop one, or \"forget everything about me\".");
        return Replies.Answer(turn, skill, reply.ToString());
    }

    private static int More(StringBuilder reply, int count, int room, string what)
    {
        if (count > room)
        {
            reply.Append("- …and ").Append(Count(count - Math.Max(room, 0), what)).AppendLine(" more");
        }

        return Math.Max(0, room - count);
    }

    private async Task<ChatReply> StateMeaningAsync(TurnContext turn, ResolvedSkill skill, string phrase, string meaning, CancellationToken cancellationToken)
    {
        var cleanPhrase = VocabularyRules.CleanPhrase(phrase);
        if (VagueTermFor(turn.Tenant, cleanPhrase) is { } term)
        {
            var options = term.Options.Select(o => o.ToOption()).ToList();
            if (AnswerMatcher.Match(meaning, options) is not { } option)
            {
                // Not one of the workspace's meanings: it may still be a phrase of the user's own ("whales" = spent over $5,000).
                if (await TryTeachPhraseAsync(turn, skill, cleanPhrase, meaning.Trim(), cancellationToken).ConfigureAwait(false) is { } taught)
                {
                    return taught;
                }

                return Replies.Answer(turn, skill,
                    $"I can remember one of these meanings for \"{cleanPhrase}\":\n{string.Join("\n", options.Select((o, i) => $"{i + 1}. {o.Label}"))}\nSay, for example, \"by {cleanPhrase} I mean {options[0].Label}\".");
            }

            var source = $"you told me on {turn.AsOf:yyyy-MM-dd}";
            await memory.Preferences.SetAsync(turn.Tenant.Id, turn.Request.UserId, term.Kind, option, source, cancellationToken).ConfigureAwait(false);
            turn.Ambiguities.Put(new AmbiguityRecord(new AmbiguitySlot(term.Kind), null, options, option, AmbiguityAction.UseSessionAnswer, turn.Turn));
            return Replies.Answer(turn, skill, $"Got it: from now on \"{cleanPhrase}\" means {option.Label} for you. Say \"what do you remember about me?\" to review.");
        }

        return await TryTeachPhraseAsync(turn, skill, cleanPhrase, meaning.Trim(), cancellationToken).ConfigureAwait(false)
            ?? Replies.Answer(turn, skill,
                $"I couldn't ground \"{meaning.Trim()}\" in the catalog without asking, so I didn't store \"{cleanPhrase}\". Try describing it the way you'd ask for the segment, e.g. \"when I say {cleanPhrase} I mean customers who spent over $5,000 in total\".");
    }

    // The reply when the meaning grounds (stored, refused or invalid), or null when it does not ground without a question.
    private async Task<ChatReply?> TryTeachPhraseAsync(TurnContext turn, ResolvedSkill skill, string phrase, string meaning, CancellationToken cancellationToken)
    {
        var createSkill = skills.Resolve("segment_creation", turn.Tenant.Config);
        await indexes.EnsureAsync(turn.Tenant, cancellationToken).ConfigureAwait(false);
        var perception = author.PerceiveText(turn, meaning);
        if (perception.Safety is { IsSafe: false } unsafeVerdict)
        {
            return Replies.Refusal(turn, skill, unsafeVerdict.Reason ?? "that meaning is not allowed", Configuration.SnakeCase.From(unsafeVerdict.Category!.Value.ToString()));
        }

        // Planned against a scratch log: grounding the meaning must not settle (or ask) anything in the conversation.
        var plan = await planner.PlanAsync(new PlanningContext(perception, turn.Tenant, turn.AsOf, turn.Request.UserId, new AmbiguityLog(), createSkill), cancellationToken).ConfigureAwait(false);
        if (plan.Definition is not { } definition || plan.Question is not null)
        {
            return null;
        }

        try
        {
            Sql.SegmentCompiler.Compile(definition, turn.Tenant, Sql.SqlDialect.DuckDb, turn.AsOf);
        }
        catch (SegmentValidationException ex)
        {
            return Replies.Answer(turn, skill, $"\"{meaning}\" doesn't make a valid segment ({string.Join("; ", ex.Issues.Select(i => i.Message))}), so I didn't store \"{phrase}\".");
        }

        var entry = new Memory.VocabularyEntry(turn.Tenant.Id, turn.Request.UserId, phrase, meaning, SegmentJson.Serialize(definition), time.GetUtcNow());
        try
        {
            await memory.Vocabulary.PutAsync(entry, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException ex)
        {
            return Replies.Answer(turn, skill, ex.Message.Split(" (Parameter")[0]);
        }

        var description = SegmentDescriber.Describe(definition, turn.Tenant);
        return Replies.Answer(turn, skill, $"Got it: when you say \"{phrase}\" I'll read it as {description.TrimEnd('.')}. Try \"{phrase} in the last 90 days\".");
    }

    private async Task<ChatReply> ForgetAsync(TurnContext turn, ResolvedSkill skill, string what, CancellationToken cancellationToken)
    {
        var tenantId = turn.Tenant.Id;
        var userId = turn.Request.UserId;
        if (EverythingAboutMe().IsMatch(what))
        {
            var preferences = await memory.Preferences.ListAsync(tenantId, userId, cancellationToken).ConfigureAwait(false);
            foreach (var preference in preferences)
            {
                turn.Ambiguities.Forget(preference.Kind);
                await memory.Preferences.ForgetAsync(tenantId, userId, preference.Kind, cancellationToken).ConfigureAwait(false);
            }

            var phrases = (await memory.Vocabulary.ForUserAsync(tenantId, userId, cancellationToken).ConfigureAwait(false)).Where(p => p.UserId is not null).ToList();
            foreach (var phrase in phrases)
            {
                await memory.Vocabulary.RemoveAsync(tenantId, userId, phrase.Phrase, cancellationToken).ConfigureAwait(false);
            }

            return Replies.Answer(turn, skill, $"Done: I forgot {Count(preferences.Count, "meaning")} and {Count(phrases.Count, "taught phrase")}. I'll ask again when something is unclear.");
        }

        var subject = ForgetSubject().Replace(what, "").Trim().Trim('"', '\'', '“', '”').Trim();
        if (subject.Length == 0 || ThatWords().IsMatch(subject))
        {
            // "forget that": the meaning this conversation used or was told most recently.
            var latest = turn.Ambiguities.Records.LastOrDefault(r => r.Resolution is not null && turn.Tenant.Config.VagueTerms.Any(t => t.Kind == r.Slot.Kind));
            if (latest is null)
            {
                return Replies.Answer(turn, skill, "Nothing I remembered was used in this conversation. Say \"what do you remember about me?\" to see what I keep, then \"forget what … means\".");
            }

            // The user asked to drop it, so this conversation stops using it too and may ask again.
            turn.Ambiguities.Forget(latest.Slot.Kind);
            var forgotten = await memory.Preferences.ForgetAsync(tenantId, userId, latest.Slot.Kind, cancellationToken).ConfigureAwait(false);
            return Replies.Answer(turn, skill, forgotten
                ? $"Forgotten: {DescribeKind(turn.Tenant, latest.Slot.Kind)} meaning {latest.Resolution!.Label}. I'll ask next time."
                : $"I wasn't keeping {DescribeKind(turn.Tenant, latest.Slot.Kind)} = {latest.Resolution!.Label} for later; I've dropped it from this conversation too.");
        }

        var phraseKey = VocabularyRules.CleanPhrase(subject);
        if (await memory.Vocabulary.RemoveAsync(tenantId, userId, phraseKey, cancellationToken).ConfigureAwait(false))
        {
            return Replies.Answer(turn, skill, $"Forgotten: the phrase \"{phraseKey}\".");
        }

        if (VagueTermFor(turn.Tenant, phraseKey) is { } term)
        {
            var current = await memory.Preferences.FindAsync(tenantId, userId, term.Kind, cancellationToken).ConfigureAwait(false);
            turn.Ambiguities.Forget(term.Kind);
            if (current is not null && await memory.Preferences.ForgetAsync(tenantId, userId, term.Kind, cancellationToken).ConfigureAwait(false))
            {
                return Replies.Answer(turn, skill, $"Forgotten: {DescribeKind(turn.Tenant, term.Kind)} meaning {current.Option.Label}. I'll ask next time.");
            }

            return Replies.Answer(turn, skill, $"I don't have a meaning of {DescribeKind(turn.Tenant, term.Kind)} stored for you.");
        }

        return Replies.Answer(turn, skill, $"I don't remember anything called \"{subject}\". Say \"what do you remember about me?\" to see what I keep.");
    }

    private async Task<ChatReply> EraseUserAsync(TurnContext turn, ResolvedSkill skill, string userId, CancellationToken cancellationToken)
    {
        var permission = permissions.Check(turn.Tenant.Config, turn.Request.UserId, TenantPermission.ManageUsers, turn.Request.TrustUnknownUsers);
        if (!permission.Allowed)
        {
            return Replies.Refusal(turn, skill, permission.Message ?? "only an admin can erase a user's data", "permission");
        }

        if (userId.Length == 0)
        {
            return Replies.Answer(turn, skill, "Whose data should I erase? Say \"erase all data about user <id>\".");
        }

        // Rows written before identities were normalised at admission may sit under a Teams or Slack id: every alias is erased.
        var aliases = Aliases(turn.Tenant.Config, userId);
        var report = ErasureReport.Empty;
        foreach (var alias in aliases)
        {
            report = report.Plus(await memory.Erasure.EraseUserAsync(turn.Tenant.Id, alias, cancellationToken).ConfigureAwait(false));
        }

        if (aliases.Contains(turn.Request.UserId) || aliases.Contains(turn.Session.UserId))
        {
            // This conversation was one of the erased sessions: it restarts empty instead of writing the old turns back.
            turn.Session = SessionState.Start(turn.Tenant.Id, turn.Request.UserId, turn.Session.SessionId);
        }

        var lines = report.Counts.Where(c => c.Value > 0).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"- {c.Key.Replace('_', ' ')}: {c.Value.ToString(CultureInfo.InvariantCulture)}").ToList();
        return Replies.Answer(turn, skill, lines.Count == 0
            ? $"There was nothing stored about {userId} in {turn.Tenant.Config.DisplayName}."
            : $"Erased what was stored about {userId} in {turn.Tenant.Config.DisplayName}:\n{string.Join("\n", lines)}\nSaved segments stay in the workspace without their owner's name; audit and log rows keep their counts without personal fields.");
    }

    private static HashSet<string> Aliases(TenantConfig tenant, string identity)
    {
        var aliases = new HashSet<string>(StringComparer.Ordinal) { identity };
        if (tenant.FindEnrolled(identity) is { } user)
        {
            aliases.UnionWith(user.ChannelIds.Values.Prepend(user.Id).Where(a => a.Length > 0));
        }

        return aliases;
    }

    internal static bool IsMemoryCommand(string text) =>
        ShadowReviewCommands.IsReviewCommand(text) || EraseUserRequest().IsMatch(text) || MeaningStatement().IsMatch(text) || MemoryQuestion().IsMatch(text)
        || (ForgetRequest().Match(text) is { Success: true } forget && ForgetsMemory().IsMatch(forget.Groups["what"].Value));

    private static VagueTerm? VagueTermFor(Tenant tenant, string phrase)
    {
        var clean = phrase.Replace('-', ' ');
        return tenant.Config.VagueTerms.FirstOrDefault(t => t.Phrases.Any(p => string.Equals(p.Replace('-', ' '), clean, StringComparison.OrdinalIgnoreCase)))
            ?? tenant.Config.VagueTerms.FirstOrDefault(t => KindWords(t.Kind).Any(w => clean.Contains(w, StringComparison.OrdinalIgnoreCase)));
    }

    // "recency", "high value", "frequency": the words a kind's name is made of, as users say them.
    private static IEnumerable<string> KindWords(string kind) =>
        kind switch
        {
            "date_recency" => ["recency", "recent"],
            "high_value_threshold" => ["high value", "high-value", "value"],
            "frequency_threshold" => ["frequency", "frequent"],
            _ => [kind.Replace('_', ' ')],
        };

    private static string DescribeKind(Tenant tenant, string kind) =>
        tenant.Config.VagueTerms.FirstOrDefault(t => t.Kind == kind) is { Phrases.Count: > 0 } term ? $"\"{term.Phrases[0]}\"" : kind.Replace('_', ' ');

    private static string ConfidenceWord(double confidence) => confidence switch
    {
        >= 0.85 => "high",
        >= 0.5 => "moderate",
        _ => "low",
    };

    private static string Count(int count, string noun) => $"{count.ToString(CultureInfo.InvariantCulture)} {noun}{(count == 1 ? "" : "s")}";

    [GeneratedRegex(@"^(?:please\s+)?(?:(?:erase|delete|remove|wipe|purge)\b.{0,30}?\b(?:data|everything|information|memory)\b.{0,20}?\b(?:about|of|for)\s+(?:the\s+)?(?:user\s+)?|right to be forgotten\s+(?:for|of)\s+(?:user\s+)?)(?<user>\S+)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EraseUserRequest();

    [GeneratedRegex(@"^(?:please\s+)?(?:when i say\s+(?<phrase>.+?),?\s+i mean\s+|(?:by|with)\s+(?<phrase>.+?),?\s+i mean\s+|remember that\s+(?<phrase>.+?)\s+(?:means|is|=)\s+|(?:change|update|set)\s+my\s+(?:preference|default|meaning|definition)\s+(?:for|of)\s+(?<phrase>.+?)\s+to\s+)(?<meaning>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeaningStatement();

    [GeneratedRegex(@"^(?:please\s+)?(?:forget|stop remembering|unlearn)\b\s*(?<what>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForgetRequest();

    [GeneratedRegex(@"^(?:everything|all)\b.*\b(?:me|my|mine)\b|^(?:everything|all)$|^about me$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EverythingAboutMe();

    [GeneratedRegex(@"^(?:about\s+)?(?:what\s+(?:you\s+think\s+)?|my\s+|the\s+)?|\s+(?:means|is|preference|meaning|definition|default|phrase)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForgetSubject();

    [GeneratedRegex(@"\bwhat\b.{0,25}\b(?:do|did) you (?:remember|know|recall|store|keep)\b.{0,25}\b(?:me|my|about)\b|^(?:show|list|see|view)\s+(?:me\s+)?my\s+(?:preferences|vocabulary|saved meanings|defaults)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MemoryQuestion();

    // "forget that / what X means / my X / everything": memory. "forget the toys part" is an edit of the draft.
    [GeneratedRegex(@"^(?:$|that\b|it$|this$|what\b|my\b|everything\b|all about\b|about me\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForgetsMemory();

    [GeneratedRegex(@"^(?:that|it|this|the last one)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThatWords();
}
