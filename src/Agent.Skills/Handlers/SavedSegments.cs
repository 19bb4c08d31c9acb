using System.Text.RegularExpressions;
using FuzzySharp;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Library;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Sessions;
using SegmentAI.Skills.Skills;

namespace SegmentAI.Skills.Handlers;

/// <summary>The tenant's saved segments as a turn's user may use them, and how a name said in chat finds one.</summary>
internal sealed partial class SavedSegments(TracedSegmentLibrary library, PermissionChecker permissions, SkillRegistry skills)
{
    private const string ManagementSkill = "segment_management";


    // The library as the turn's user may use it: each operation checks their role, whichever intent led here.
    public AuthorizedSegmentLibrary For(TurnContext turn) =>
        new(library, permissions, turn.Tenant.Config, turn.Request.UserId, turn.Request.TrustUnknownUsers);

    public static ChatReply Refused(TurnContext turn, ResolvedSkill? skill, SegmentLibraryException ex) =>
        ex.Failure == SegmentLibraryFailure.Forbidden
            ? Replies.Refusal(turn, skill, ex.Message, "permission")
            : Replies.Answer(turn, skill, ex.Message);

    // The saving turn, so the segment's audit trail (this session's turns) can be found from the library.
    public static SegmentOrigin Origin(TurnContext turn) => new(turn.Session.SessionId, turn.Turn);

    public async Task<SavedSegment> FindAsync(TurnContext turn, string reference, CancellationToken cancellationToken)
    {
        var name = Unquote(reference.Trim());
        if (LibraryCommands.DraftWords().IsMatch(name) && turn.Session.Draft?.SavedAs is { } savedId && await For(turn).GetAsync(turn.Tenant.Id, savedId, cancellationToken).ConfigureAwait(false) is { } current)
        {
            return current;
        }

        var bare = LeadingArticle().Replace(SegmentWord().Replace(name, ""), "").Trim();
        return await For(turn).GetAsync(turn.Tenant.Id, name, cancellationToken).ConfigureAwait(false)
            ?? await For(turn).FindByNameAsync(turn.Tenant.Id, name, cancellationToken).ConfigureAwait(false)
            ?? await For(turn).FindByNameAsync(turn.Tenant.Id, SegmentWord().Replace(name, "").Trim(), cancellationToken).ConfigureAwait(false)
            ?? await For(turn).FindByNameAsync(turn.Tenant.Id, bare, cancellationToken).ConfigureAwait(false)
            ?? await NearestNameAsync(turn, name, bare, cancellationToken).ConfigureAwait(false);
    }

    // A name said with a typo ("gold texnas") finds the one saved name that scores at least the management skill's
    // name_match_threshold; several close names, or none, are offered back (at most its max_options), never guessed.
    private async Task<SavedSegment> NearestNameAsync(TurnContext turn, string name, string bare, CancellationToken cancellationToken)
    {
        var options = SkillOptionsBinder.Bind<SegmentManagementOptions>(skills.Resolve(ManagementSkill, turn.Tenant.Config));
        var scored = (await For(turn).ListAsync(turn.Tenant.Id, cancellationToken).ConfigureAwait(false))
            .Select(s => (Segment: s, Score: Fuzz.Ratio(bare.ToLowerInvariant(), s.Name.ToLowerInvariant()) / 100.0))
            .OrderByDescending(s => s.Score)
            .ToList();
        var accepted = scored.Where(s => s.Score >= options.NameMatchThreshold).ToList();
        if (accepted.Count == 1 || (accepted.Count > 1 && accepted[0].Score > accepted[1].Score))
        {
            return accepted[0].Segment;
        }

        var close = scored.Where(s => s.Score >= options.NameMatchThreshold / 2).Take(options.MaxOptions).Select(s => $"\"{s.Segment.Name}\"").ToList();
        throw new SegmentLibraryException(close.Count == 0
            ? $"I couldn't find a saved segment called \"{name}\". Say \"list my segments\" to see them."
            : $"I couldn't find a saved segment called \"{name}\". Did you mean {string.Join(" or ", close)}?", SegmentLibraryFailure.NotFound);
    }

    public static string Unquote(string text) => text.Trim().Trim('"', '\'', '“', '”').Trim();

    [GeneratedRegex(@"\bsegment\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SegmentWord();

    [GeneratedRegex(@"^\s*(?:the|my|our)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingArticle();
}
