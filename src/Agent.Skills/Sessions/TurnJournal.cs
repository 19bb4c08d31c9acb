using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using SegmentAI.Skills.Ambiguity;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Sessions;

/// <summary>
/// What a turn leaves in long-term memory: the query log with its audit trail and trace, implicit feedback
/// signals, successful-segment patterns, and the suggestions and taught phrases drawn from them. Recording is
/// best effort: a log that cannot be written never costs the user their reply.
/// </summary>
internal sealed class TurnJournal(LongTermMemory memory, TimeProvider time, ILogger<TurnJournal> logger)
{
    private const int MaxSimilarSegments = 3;

    public async Task RecordTurnAsync(TurnContext turn, ChatReply reply, double elapsedMs, CancellationToken cancellationToken)
    {
        try
        {
            await memory.Log.RecordTurnAsync(ToRecord(turn, reply, elapsedMs), cancellationToken).ConfigureAwait(false);
            foreach (var signal in turn.Signals)
            {
                await memory.Feedback.RecordAsync(signal, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is MemoryUnavailableException or MemoryStoreException or DbException or ArgumentException or InvalidOperationException)
        {
            ConversationLog.JournalFailed(logger, turn.Tenant.Id, turn.Session.SessionId, ex);
        }
    }

    // A retry found its message already answered: the host that applied it may have died before logging it, so the
    // turn is logged now; the log keeps one row per message id, so a turn that was logged is not logged twice.
    public async Task EnsureLoggedAsync(TurnContext turn, ChatReply earlier, CancellationToken cancellationToken)
    {
        var answered = turn.Session.AnsweredMessages.Last(a => a.MessageId == turn.Request.MessageId);
        var record = new TurnRecord
        {
            TenantId = turn.Tenant.Id,
            UserId = turn.Request.UserId,
            SessionId = turn.Session.SessionId,
            Turn = answered.Turn,
            Channel = turn.Request.Channel,
            Query = turn.Session.Turns.FirstOrDefault(t => t.Number == answered.Turn)?.Text ?? turn.StoredText,
            AsOf = turn.AsOf,
            SkillId = earlier.Skill?.Id,
            SkillVersion = earlier.Skill?.Version,
            ReplyKind = Configuration.SnakeCase.From(earlier.Kind.ToString()),
            At = time.GetUtcNow(),
            MessageId = turn.Request.MessageId,
        };
        try
        {
            await memory.Log.RecordTurnAsync(record, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is MemoryUnavailableException or MemoryStoreException or DbException or ArgumentException or InvalidOperationException)
        {
            ConversationLog.JournalFailed(logger, turn.Tenant.Id, turn.Session.SessionId, ex);
        }
    }

    private TurnRecord ToRecord(TurnContext turn, ChatReply reply, double elapsedMs)
    {
        var chosen = reply.Segment?.Conditions.Select(c => c.Facet).ToHashSet(StringComparer.Ordinal) ?? [];
        var retrieved = turn.Trace.Retrieved.Select(f => f with { Chosen = chosen.Contains(f.FacetId) }).ToList();

        // Facets grounded by the tenant's lexicon skip the vector search; the audit trail still names them.
        retrieved.AddRange((reply.Segment?.Conditions ?? []).Where(c => !retrieved.Any(f => f.Chosen && f.FacetId == c.Facet))
            .Select(c => new RetrievedFacet(c.SourceText, c.Facet, Math.Round(c.Confidence, 3), true)));
        var inferred = turn.Ambiguities.Records.Where(r => r.Turn == turn.Turn && r.Resolution is not null)
            .Select(r => new InferredValue(r.Slot.Key, r.Resolution!.Label, ResolvedByName(r.ResolvedBy), ConfidenceOf(r.ResolvedBy)))
            .ToList();
        var llm = turn.Trace.LlmCalls;
        var tokens = (int)llm.Sum(c => c.InputTokens + c.OutputTokens);
        var kind = Configuration.SnakeCase.From(reply.Kind.ToString());
        return new TurnRecord
        {
            TenantId = turn.Tenant.Id,
            UserId = turn.Request.UserId,
            SessionId = turn.Session.SessionId,
            Turn = turn.Turn,
            Channel = turn.Request.Channel,
            Query = turn.StoredText,
            MessageId = turn.Request.MessageId,
            AsOf = turn.AsOf,
            Intent = turn.RoutedIntent is { } intent ? intent.Name : null,
            IntentConfidence = turn.Perception?.Intent?.Confidence,
            SkillId = reply.Skill?.Id,
            SkillVersion = reply.Skill?.Version,
            ReplyKind = kind,
            DefinitionJson = turn.Session.Draft is { } draft && reply.Segment is not null ? SegmentJson.Serialize(draft.Definition) : null,
            Confidence = reply.Segment?.Confidence,
            RetrievedFacets = retrieved,
            InferredValues = inferred,
            Trace = turn.Audit.ToList(),
            Problem = reply.Kind switch
            {
                ReplyKind.Refusal => reply.Refusal?.Category + ": " + reply.Refusal?.Reason,
                ReplyKind.Error => reply.Text.Split('\n')[0],
                _ => null,
            },
            LatencyMs = elapsedMs,
            LlmCalls = llm.Count,
            Tokens = tokens,
            At = time.GetUtcNow(),
        };
    }

    private static string ResolvedByName(AmbiguityAction? action) => action switch
    {
        AmbiguityAction.UseSessionAnswer => "answer",
        AmbiguityAction.UsePreference => "preference",
        AmbiguityAction.UseTenantDefault => "tenant_default",
        AmbiguityAction.Infer => "inferred",
        _ => "unknown",
    };

    private static double ConfidenceOf(AmbiguityAction? action) => action switch
    {
        AmbiguityAction.UseSessionAnswer => 1.0,
        AmbiguityAction.UsePreference => PreferenceLearning.FirstAnswerConfidence,
        AmbiguityAction.UseTenantDefault => 0.8,
        _ => 0.5,
    };

    // Implicit signals (seed section 8): a fresh segment changed at once, saved untouched, or dropped for another.
    public void NoteDraftChange(TurnContext turn, DraftSegment? before, string skillId, bool isUndo)
    {
        if (before is null || isUndo)
        {
            return;
        }

        if (skillId == "segment_edit" && before.History.Count == 0 && before.SavedAs is null)
        {
            turn.Signals.Add(Signal(turn, FeedbackKind.EditedAfterCreation, null, null));
        }
        else if (skillId == "segment_creation" && before.SavedAs is null)
        {
            turn.Signals.Add(Signal(turn, FeedbackKind.Abandoned, null, null));
        }
    }

    // A saved segment is a success: its wording joins the patterns future requests are compared with.
    public async Task NoteSavedAsync(TurnContext turn, DraftSegment draft, Library.SavedSegment saved, CancellationToken cancellationToken)
    {
        if (draft.History.Count == 0 && draft.SavedAs is null)
        {
            turn.Signals.Add(Signal(turn, FeedbackKind.ConfirmedWithoutEdit, null, null));
        }

        try
        {
            var pattern = new SegmentPattern(turn.Tenant.Id, turn.Request.UserId, draft.Request ?? saved.Name, saved.Name, saved.Id, SegmentJson.Serialize(saved.Definition), time.GetUtcNow());
            await memory.Patterns.RecordAsync(pattern, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is MemoryUnavailableException or MemoryStoreException or DbException)
        {
            ConversationLog.JournalFailed(logger, turn.Tenant.Id, turn.Session.SessionId, ex);
        }
    }

    public FeedbackRecord Signal(TurnContext turn, FeedbackKind kind, int? rating, string? comment) =>
        new(turn.Tenant.Id, turn.Request.UserId, turn.Session.SessionId, LastAgentTurn(turn), kind, rating, comment, null, null, time.GetUtcNow());

    private static int? LastAgentTurn(TurnContext turn) => turn.Session.Turns.LastOrDefault(t => t.Speaker == "agent")?.Number;

    public async Task<IReadOnlyList<SimilarSegmentCard>> SimilarSegmentsAsync(TurnContext turn, string request, CancellationToken cancellationToken)
    {
        try
        {
            var similar = await memory.Patterns.FindSimilarAsync(turn.Tenant.Id, request, MaxSimilarSegments + 1, cancellationToken).ConfigureAwait(false);
            return similar.Where(s => s.Pattern.SegmentId != turn.Session.Draft?.SavedAs)
                .Take(MaxSimilarSegments)
                .Select(s => new SimilarSegmentCard(s.Pattern.SegmentId, s.Pattern.SegmentName, s.Pattern.Request, Math.Round(s.Similarity, 2)))
                .ToList();
        }
        catch (Exception ex) when (ex is MemoryUnavailableException or MemoryStoreException or DbException)
        {
            ConversationLog.JournalFailed(logger, turn.Tenant.Id, turn.Session.SessionId, ex);
            return [];
        }
    }

    // A taught phrase in the message is read as its meaning before perception, and said so.
    public async Task<string> ExpandVocabularyAsync(TurnContext turn, string text, CancellationToken cancellationToken)
    {
        IReadOnlyList<VocabularyEntry> entries;
        try
        {
            entries = await memory.Vocabulary.ForUserAsync(turn.Tenant.Id, turn.Request.UserId, cancellationToken).ConfigureAwait(false);
        }
        catch (MemoryUnavailableException ex)
        {
            ConversationLog.JournalFailed(logger, turn.Tenant.Id, turn.Session.SessionId, ex);
            turn.Notes.Add("Long-term memory is unreachable right now, so phrases you taught me were not applied.");
            return text;
        }

        foreach (var entry in entries.OrderByDescending(e => e.Phrase.Length))
        {
            var pattern = new Regex($@"\b{Regex.Escape(entry.Phrase)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
            if (pattern.IsMatch(text))
            {
                text = pattern.Replace(text, entry.Meaning, 1);
                turn.Notes.Add($"\"{entry.Phrase}\" read as {entry.Meaning}, as {(entry.UserId is null ? "your workspace" : "you")} taught me.");
            }
        }

        return text;
    }

}
