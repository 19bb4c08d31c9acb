using System.Text.RegularExpressions;

namespace SegmentAI.Skills.Dates.Grammar;

/// <summary>
/// Anchored patterns of the date grammar. Input is already normalised: lower case, single spaces,
/// no trailing punctuation, so each pattern describes a whole phrase.
/// </summary>
internal static partial class DatePatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string Month =
        @"(?<m>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    private const string Weekday =
        @"(?<wd>mon(?:day)?|tue(?:s)?(?:day)?|wed(?:nesday)?|thu(?:r)?(?:s)?(?:day)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?";

    private const string Day = @"(?<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";

    private const string Count =
        @"(?<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|a few|few|a couple(?: of)?|couple(?: of)?)";

    private const string Unit = @"(?<unit>day|week|wk|fortnight|month|mo|quarter|year|yr|decade)s?";

    private const string Calendar = @"(?<cal>fiscal|financial|calendar)";

    private const string QuarterName = @"(?:q(?<q>[1-4])|(?<qw>first|second|third|fourth|1st|2nd|3rd|4th|final) (?:(?<cal2>fiscal|financial|calendar) )?quarter)";

    private const string HalfName = @"(?:h(?<h>[12])|(?<hw>first|second|1st|2nd) half)";

    private const string YearContext =
        @"(?<ctx>\d{4}|(?:fy|fiscal(?: year)?|financial year|cy|calendar(?: year)?) ?'?\d{2,4}|(?:this|last|next|previous|the current|current) (?:(?:fiscal|financial|calendar) )?year)";

    private const string Occurrence =
        @"(?:(?<mod>this|last|next|the|this past|past|previous|the previous|coming|the coming|upcoming|the upcoming|the last|the past|the next|this year's|last year's|next year's) )?";

    private const string Holiday =
        @"(?<h>black friday weekend|black friday|cyber weekend|cyber monday|thanksgiving weekend|thanksgiving(?: day)?|holidays|holiday season|holiday shopping season|holiday period|holiday|christmas season|christmas eve|christmas(?: day)?|xmas|back[ -]to[ -]school(?: season)?|memorial day weekend|memorial day|labou?r day weekend|labou?r day|new year'?s eve|new year'?s(?: day)?|valentine'?s(?: day)?|mother'?s day|father'?s day|halloween|easter weekend|easter(?: sunday)?|independence day|(?:4th|fourth) of july)";

    private const string Season = @"(?<s>spring|summer|fall|autumn|winter)";

    [GeneratedRegex(@"^(?:the )?(?:recent(?:ly)?|lately|of late|recent (?:days|weeks|months|times)|the recent past|in recent (?:days|weeks|months|times))$", Options)]
    public static partial Regex Vague();

    [GeneratedRegex(@"^(?<w>today|yesterday|tomorrow|the day before yesterday|the day after tomorrow)$", Options)]
    public static partial Regex SingleDay();

    [GeneratedRegex(@"^(?:" + Calendar + @" )?(?<unit>year|month|quarter|week)[ -]to[ -]date$|^(?:(?<cal>fiscal|calendar) )?(?<abbr>ytd|mtd|qtd|wtd|fytd|fqtd|cytd)$|^(?:so far (?:this|in the) (?:" + Calendar + @" )?(?<unit>year|month|quarter|week)|(?:this|the) (?:" + Calendar + @" )?(?<unit>year|month|quarter|week) so far)$", Options)]
    public static partial Regex ToDate();

    [GeneratedRegex(@"^(?:the )?(?<dir>last|past|previous|prior|trailing|preceding|next|coming|upcoming|following) " + Count + @" ?(?:full |complete |whole )?" + Unit + "$", Options)]
    public static partial Regex Rolling();

    // "haven't shopped in 3 months", "within 30 days": a span after a preposition, with no direction, looks back.
    [GeneratedRegex(@"^(?:in|within|over|during) (?:the )?" + Count + @" ?(?:full |complete |whole )?" + Unit + "$", Options)]
    public static partial Regex RollingAfterPreposition();

    [GeneratedRegex(@"^(?:(?:the )?past (?<unit>day|week|fortnight|month|quarter|year)|the last (?<unit>day|week|fortnight|month|year))$", Options)]
    public static partial Regex RollingOne();

    [GeneratedRegex(@"^(?:(?<mod>this|current|the current|last|the last|previous|the previous|prior|next|the next|coming|the coming|upcoming|the upcoming|following|the following|the|my) )?(?:" + Calendar + @" )?(?<unit>week|month|quarter|half|year|decade)$", Options)]
    public static partial Regex RelativeUnit();

    [GeneratedRegex(@"^the (?<unit>week|weekend|month|quarter|year) (?<dir>after (?:the )?next|before (?:the )?last)$", Options)]
    public static partial Regex AfterNext();

    [GeneratedRegex(@"^(?:(?<mod>this|the|my|last|past|previous|next|coming|upcoming|the coming|the next|the last|the past|the previous|this past|this coming) )?weekend$", Options)]
    public static partial Regex Weekend();

    [GeneratedRegex(@"^(?<which>earlier|later) (?:this|in the|this past) (?<unit>week|month|quarter|year)$", Options)]
    public static partial Regex EarlierLater();

    [GeneratedRegex(@"^(?:the )?(?<part>early|mid|middle of|late|beginning of|start of|end of|the beginning of|the start of|the end of|the middle of)[ -](?<rest>.+)$", Options)]
    public static partial Regex Fuzzy();

    [GeneratedRegex(@"^(?:the )?rest (?:of )?(?:the |this |my |current )?(?<unit>week|month|quarter|year)$", Options)]
    public static partial Regex RestOf();

    [GeneratedRegex(@"^(?:the )?(?:" + Calendar + @" )?" + QuarterName + @"(?: ?,? ?(?:of |in )?(?:the )?" + YearContext + ")?$", Options)]
    public static partial Regex QuarterThenYear();

    [GeneratedRegex(@"^" + YearContext + @" ?,? ?(?:the )?" + QuarterName + "$", Options)]
    public static partial Regex YearThenQuarter();

    [GeneratedRegex(@"^(?:the )?(?:" + Calendar + @" )?" + HalfName + @"(?: ?,? ?(?:of |in )?(?:the )?" + YearContext + ")?$", Options)]
    public static partial Regex HalfThenYear();

    [GeneratedRegex(@"^" + YearContext + @" ?,? ?(?:the )?" + HalfName + "$", Options)]
    public static partial Regex YearThenHalf();

    [GeneratedRegex(@"^(?:the )?(?:fy|fiscal(?: year)?|financial year) ?'?(?<y>\d{2}|\d{4})$", Options)]
    public static partial Regex FiscalYear();

    [GeneratedRegex(@"^(?:(?<kw>(?:the )?(?:calendar )?year|cy|calendar) ?)?(?<y>\d{4})$|^(?:the )?year (?<y>\d{1,3})$", Options)]
    public static partial Regex CalendarYear();

    [GeneratedRegex(@"^(?:(?<mod>this|last|next|previous|the previous|past|this past|coming|the coming|upcoming|the) )?" + Month + @"(?: ?,? ?(?:of |in )?(?<ctx>\d{4}|'\d{2}|[4-9]\d|3[2-9]|this year|last year|next year))?$", Options)]
    public static partial Regex MonthThenYear();

    [GeneratedRegex(@"^(?<y>\d{4}) ?,? ?" + Month + "$", Options)]
    public static partial Regex YearThenMonth();

    [GeneratedRegex(@"^(?<y>\d{4}) ?[-/.] ?(?<mn>1[0-2]|0?[1-9])$|^(?<mn>1[0-2]|0?[1-9]) ?[-/] ?(?<y>\d{4})$", Options)]
    public static partial Regex NumericMonth();

    [GeneratedRegex(@"^(?:the )?month of (?<p>.+)$", Options)]
    public static partial Regex MonthOf();

    [GeneratedRegex(@"^(?:the )?(?:week|wk) ?#?(?<n>[1-9]|[1-4]\d|5[0-3])(?: ?,? ?(?:of |in )?(?<y>\d{4}))?$", Options)]
    public static partial Regex WeekNumber();

    [GeneratedRegex(@"^(?:the )?(?<nth>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last|final) week (?:of |in )?(?:the )?(?<rest>.+)$", Options)]
    public static partial Regex NthWeek();

    [GeneratedRegex(@"^(?:the )?(?:(?<of>week of)|(?<st>week (?:commencing|starting|beginning)(?: on| from)?|w/c)) (?<p>.+)$", Options)]
    public static partial Regex WeekOf();

    [GeneratedRegex(@"^(?:the )?(?:(?<full>\d{3}0)|'?(?<short>\d0))'?s$", Options)]
    public static partial Regex NumericDecade();

    [GeneratedRegex(@"^(?:the )?(?:(?<cent>nineteen|twenty|two thousand and|two thousand) ?-?)?(?<w>tens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$|^(?:the )?(?<z>noughties|naughties|aughts|two thousands)$", Options)]
    public static partial Regex WordDecade();

    [GeneratedRegex(@"^" + Occurrence + Season + @"(?: season)?(?: ?,? ?(?:of )?(?<y>\d{4}))?$|^(?<y>\d{4}) " + Season + "$", Options)]
    public static partial Regex SeasonPhrase();

    [GeneratedRegex(@"^" + Occurrence + Holiday + @"(?: ?,? ?(?:of )?(?<y>\d{4}))?$|^(?<y>\d{4}) " + Holiday + "$", Options)]
    public static partial Regex HolidayPhrase();

    [GeneratedRegex(@"^(?<w>this|last|next|the|the next|the last|the previous|previous|coming|the coming) week,? (?:between|from) " + Weekday + @" (?:and|to|till|until|through|thru|-) (?<wd2>mon(?:day)?|tue(?:s)?(?:day)?|wed(?:nesday)?|thu(?:r)?(?:s)?(?:day)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?$", Options)]
    public static partial Regex WeekdaysOfWeek();

    [GeneratedRegex(@"^" + Month + @" (?:between|from) (?<a>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)? ?(?:and|to|till|until|through|thru|-) ?(?<b>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?: ?,? ?(?<y>\d{4}))?$", Options)]
    public static partial Regex MonthDayRange();

    [GeneratedRegex(@"^(?:ever )?since (?<p>.+)$", Options)]
    public static partial Regex Since();

    // "the start of the fiscal year", "the fiscal year started".
    [GeneratedRegex(@"^(?:(?:the )?(?:start|beginning) of (?<q>.+)|(?<q>(?:the|this) .+?) (?:started|began|begun|kicked off))$", Options)]
    public static partial Regex StartOf();

    [GeneratedRegex(@"^(?:for )?" + Count + " ?" + Unit + @",? (?:starting|beginning|commencing|from)(?: from| on)? (?<p>.+)$", Options)]
    public static partial Regex CountFrom();

    [GeneratedRegex(@"^(?:" + Weekday + @",? (?:the )?)?" + Day + @" (?:of |in )?" + Month + @"(?: ?,? ?(?<y>\d{4}))?$", Options)]
    public static partial Regex DayThenMonth();

    [GeneratedRegex(@"^(?:" + Weekday + @",? )?" + Month + @"[ .]?(?:the )?" + Day + @"(?: ?,? ?(?<y>\d{4}))?$", Options)]
    public static partial Regex MonthThenDay();

    [GeneratedRegex(@"^(?<mn>1[0-2]|0?[1-9])/(?<d>[12]\d|3[01]|0?[1-9])(?:/(?<y>\d{4}|\d{2}))?$|^(?<y>\d{4})-(?<mn>1[0-2]|0[1-9])-(?<d>[12]\d|3[01]|0[1-9])$|^(?<y>\d{4}) ?[-/] ?" + Month + @" ?[-/] ?" + Day + "$", Options)]
    public static partial Regex NumericDate();

    [GeneratedRegex(@"^(?:the )?" + Day + @" (?:of |in )?(?:the )?(?<rel>this|next|last|current|previous|the current) month$", Options)]
    public static partial Regex DayOfRelativeMonth();

    [GeneratedRegex(@"^" + Weekday + @",? (?:the )?" + Day + "$", Options)]
    public static partial Regex WeekdayAndDay();

    [GeneratedRegex(@"^the " + Day + "$", Options)]
    public static partial Regex TheDay();

    [GeneratedRegex(@"^(?:the )?(?<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?$", Options)]
    public static partial Regex DayOnly();

    [GeneratedRegex(@"^(?:(?<mod>this|last|next|past|coming|this past|this coming|previous) )?" + Weekday + "$", Options)]
    public static partial Regex WeekdayPhrase();

    [GeneratedRegex(@"\b(?:to|till|til|until|through|thru|and)\b| ?[-–] ?", Options)]
    public static partial Regex RangeSeparator();

    [GeneratedRegex(@"^(?<pre>from|between) ", Options)]
    public static partial Regex RangePrefix();
}
