using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace SegmentAI.Skills.Perception;

/// <summary>
/// Turns Teams, Slack and web-chat text into plain words: control characters, bot mentions, HTML and Slack/Markdown
/// markup are removed (the markup's text kept), entities decoded, typographic quotes and dashes made ASCII,
/// whitespace collapsed.
/// Messages over the length limit come back as <see cref="MessageTooLong"/> rather than an exception.
/// </summary>
internal sealed partial class MessageNormalizer
{
    /// <summary>The default limit on a message's length, in characters.</summary>
    public const int DefaultMaxLength = 2000;

    // Raw text far over the limit is rejected before any regex runs over it.
    private const int RawLengthFactor = 8;

    /// <summary>Creates a normalizer.</summary>
    /// <param name="maxLength">Most characters a normalized message may have.</param>
    public MessageNormalizer(int maxLength = DefaultMaxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        MaxLength = maxLength;
    }

    /// <summary>Most characters a normalized message may have.</summary>
    public int MaxLength { get; }

    /// <summary>Normalizes <paramref name="text"/> and applies the length limit to the result.</summary>
    public NormalizedMessage Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > (long)MaxLength * RawLengthFactor)
        {
            return new NormalizedMessage(string.Empty, new MessageTooLong(text.Length, MaxLength));
        }

        var plain = ToPlainText(text);
        return plain.Length > MaxLength
            ? new NormalizedMessage(string.Empty, new MessageTooLong(plain.Length, MaxLength))
            : new NormalizedMessage(plain, null);
    }

    private static string ToPlainText(string text)
    {
        var result = SlackMention().Replace(ControlCharacters.Strip(text), " ");
        result = SlackChannel().Replace(result, "#$1");
        result = SlackLink().Replace(result, m => m.Groups["label"].Success ? m.Groups["label"].Value : m.Groups["url"].Value);
        result = TeamsMention().Replace(result, " ");
        result = BlockBreak().Replace(result, " ");
        result = HtmlTag().Replace(result, string.Empty);

        // Entities are decoded after tags are stripped so an escaped "&lt;b&gt;" stays text rather than becoming a tag.
        result = WebUtility.HtmlDecode(result);
        result = MarkdownLink().Replace(result, "$1");
        result = CodeFence().Replace(result, "$1");
        result = InlineCode().Replace(result, "$1");
        result = DoubleEmphasis().Replace(result, "$2");
        result = SingleEmphasis().Replace(result, "$2");
        result = Typography(result);

        // "havent opened", "didnt buy": a negation typed without its apostrophe is still a negation.
        result = BareContraction().Replace(result, "$1n't");

        // "bangalore-based staff" is staff based in Bangalore: the place is its own word.
        result = PlaceBased().Replace(result, " based");

        // "none from latin america", "nobody on the free plan": no one of those people is the same as "not".
        result = NoneOfThem().Replace(result, "not ");

        // "free-plan users", "gold-tier members": the value and the noun it qualifies are two words.
        result = QualifiedNoun().Replace(result, " ");

        // "haven't opened a single app", "never bought even one thing": after a negation, one is any.
        result = NegatedSingle().Replace(result, "${head}any");

        // "haven't logged in for two weeks": for a stretch of time up to now is the last weeks, not a count of two.
        result = NotDoneFor().Replace(result, m => m.Groups["count"].Value.ToLowerInvariant() is "a" or "an"
            ? $"{m.Groups["negated"].Value}in the last {m.Groups["unit"].Value}"
            : $"{m.Groups["negated"].Value}in the last {m.Groups["count"].Value} {m.Groups["unit"].Value}");

        // "gone 60 days without buying": the days are the last ones.
        result = GoneWithout().Replace(result, "${verb} the last ${count} ${unit} ");

        // "whose last order was over 90 days ago": no order in those days; "… less than 30 days ago": one in them.
        result = LastEventAgo().Replace(result, m => $"with {(m.Groups["before"].Success ? "no" : "a")} {m.Groups["noun"].Value} in the last {m.Groups["count"].Value} {m.Groups["unit"].Value}");

        // "5 orders or more", "a dozen items or more": the comparison said after the noun is the count's.
        result = SuffixAfterNoun().Replace(result, "${count} ${suffix} ${noun}");

        // "… but didn't order online in that time": the period already said is the one meant, and a date said once is
        // read for every part that names none of its own.
        result = ThatSamePeriod().Replace(result, "");

        // "an engagement score under .4": a decimal written without its leading zero.
        result = BareDecimal().Replace(result, "0.");

        // "at least a couple of emails": a couple after a comparison is the count two.
        result = ComparedCouple().Replace(result, "${comparison} 2");

        // "an A round", "their A round": the capital letter names the series, where "a round" alone is any round.
        result = LetterRound().Replace(result, m => $"{(m.Groups["det"].Success ? m.Groups["det"].Value : "a")} Series A {m.Groups["noun"].Value}");
        return Whitespace().Replace(result, " ").Trim();
    }

    private static string Typography(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u00B4' or '`':
                    builder.Append('\'');
                    break;
                case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB':
                    builder.Append('"');
                    break;
                case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2212':
                    builder.Append('-');
                    break;
                case '\u2014' or '\u2015':
                    // An em dash separates clauses; as a spaced hyphen it cannot read as a range or a SQL comment.
                    builder.Append(" - ");
                    break;
                case '\u2026':
                    builder.Append("...");
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD':
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Slack user and group mentions and broadcasts: &lt;@U123&gt;, &lt;@U123|bot&gt;, &lt;!here&gt;, &lt;!subteam^S1|@team&gt;.</summary>
    [GeneratedRegex(@"<[@!][^<>\s]*>")]
    private static partial Regex SlackMention();

    /// <summary>Slack channel references: &lt;#C123|general&gt;.</summary>
    [GeneratedRegex(@"<#[A-Z0-9]+\|([^<>]+)>")]
    private static partial Regex SlackChannel();

    /// <summary>Slack links: &lt;https://x|label&gt; and &lt;mailto:a@b.c&gt;.</summary>
    [GeneratedRegex(@"<(?<url>(?:https?|mailto|tel):[^<>|\s]+)(?:\|(?<label>[^<>]*))?>", RegexOptions.IgnoreCase)]
    private static partial Regex SlackLink();

    /// <summary>Teams mentions: &lt;at&gt;Bot&lt;/at&gt;, name included.</summary>
    [GeneratedRegex(@"<at\b[^>]*>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TeamsMention();

    /// <summary>Tags that separate words (line breaks, paragraphs, list items, cells).</summary>
    [GeneratedRegex(@"</?(?:br|p|div|li|ul|ol|tr|td|th|h[1-6]|blockquote)\b[^<>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockBreak();

    /// <summary>Any other HTML tag; a tag name must follow '&lt;' so "spent &lt; 100" is left alone.</summary>
    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex HtmlTag();

    /// <summary>Markdown links: [label](url).</summary>
    [GeneratedRegex(@"\[([^\[\]]+)\]\((?:https?|mailto):[^()\s]+\)", RegexOptions.IgnoreCase)]
    private static partial Regex MarkdownLink();

    /// <summary>Fenced code blocks.</summary>
    [GeneratedRegex(@"```(?:[A-Za-z]+\n)?(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeFence();

    /// <summary>Inline code.</summary>
    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex InlineCode();

    /// <summary>Markdown **bold**, __bold__ and ~~strike~~.</summary>
    [GeneratedRegex(@"(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1")]
    private static partial Regex DoubleEmphasis();

    /// <summary>Slack *bold*, _italic_, ~strike~ and Markdown *italic*; not inside words such as under_35k.</summary>
    [GeneratedRegex(@"(?<![\w*_~])([*_~])(?=\S)([^*_~]*?\S)\1(?![\w*_~])")]
    private static partial Regex SingleEmphasis();

    [GeneratedRegex(@"\b(have|has|had|did|do|does|is|are|was|were|could|should|would|ca|wo)nt\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareContraction();

    [GeneratedRegex(@"(?<=\p{L})-based\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlaceBased();

    [GeneratedRegex(@"(?<=\b\p{L}{3,})(?<!\b(?:non|pre|sub|self|anti|multi|post))-(?=(?:plan|tier|level|members?|customers?|users?|accounts?|shoppers?|employees?|staff|only|first)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QualifiedNoun();

    [GeneratedRegex(@"(?<!\b(?:\p{L}+ed|bought|sent|made|got|had|did|saw|read|won|paid|spent)\s+)\b(?:none|nobody|no\s+one|noone)\s+(?:of\s+(?=the\b|those\b|them\b))?(?=(?:from|in|at|on|the|those|them|with|based|who|that)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoneOfThem();

    [GeneratedRegex(@"(?<head>\b(?:\w+n't|not|never|no\s+longer)\s+(?:[\p{L}-]+\s+){0,2}?)(?:even\s+)?(?:a\s+single|one\s+single|even\s+one)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegatedSingle();

    [GeneratedRegex(@"\b(?<count>\d+(?:[.,]\d+)?|" + ComparisonWords.NumberWordPattern + @")\s+(?<noun>\p{L}{3,})\s+(?<suffix>or\s+(?:more|fewer|less|above|higher|greater|over|under|below))\b(?!\s+than\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SuffixAfterNoun();

    [GeneratedRegex(@"\b(?<verb>gone|went|go|going)\s+(?:a\s+full\s+|over\s+|more\s+than\s+)?(?<count>\d+|" + ComparisonWords.NumberWordPattern + @")\s+(?<unit>days?|weeks?|months?|years?)\s+(?=without\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoneWithout();

    [GeneratedRegex(@"(?<negated>\b(?:haven't|hasn't|hadn't|didn't|not|never)\s+(?:[\p{L}'-]+\s+){1,3}?)for\s+(?:the\s+(?:last|past)\s+)?(?:over\s+|more\s+than\s+|at\s+least\s+)?(?<count>an?(?=\s+(?:day|week|month|year)\b)|\d+|" + ComparisonWords.NumberWordPattern + @")\s+(?<unit>days?|weeks?|months?|years?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotDoneFor();

    [GeneratedRegex(@"\b(?:whose|with\s+(?:their|a|the))\s+(?:last|most\s+recent|latest)\s+(?<noun>\p{L}+)\s+(?:was\s+|being\s+|is\s+)?(?:(?<before>over|more\s+than|longer\s+than|at\s+least)|less\s+than|under|within(?:\s+the\s+last)?)\s+(?<count>\d+|" + ComparisonWords.NumberWordPattern + @")\s+(?<unit>days?|weeks?|months?|years?)(?:\s+ago)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LastEventAgo();

    [GeneratedRegex(@"\b(?:an?|(?<det>the|their|its|our|his|her))\s+A[\s-](?<noun>rounds?|raises?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LetterRound();

    [GeneratedRegex(@"\b(?<comparison>at\s+least|at\s+most|(?:no\s+)?(?:more|fewer|less)\s+than|over|under|exactly|only)\s+a\s+couple(?:\s+of)?\b(?!\s+(?:times|x)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ComparedCouple();

    [GeneratedRegex(@"\s+(?:in|during|over|within|for)\s+(?:that|the\s+same|this)\s+(?:time|period|window|time\s*frame|stretch|span)\b(?:\s+too|\s+as\s+well)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThatSamePeriod();

    [GeneratedRegex(@"(?<=(?:^|[\s(<>=~$])\$?)\.(?=\d)", RegexOptions.CultureInvariant)]
    private static partial Regex BareDecimal();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
