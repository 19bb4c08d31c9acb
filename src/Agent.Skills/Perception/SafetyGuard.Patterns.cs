using System.Text.RegularExpressions;

namespace SegmentAI.Skills.Perception;

/// <content>The patterns the guard refuses on.</content>
internal sealed partial class SafetyGuard
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(
        @"\b(?:ignore|disregard|forget|override|bypass)\s+(?:(?:all|the|these|those|of|my)\s+)*(?:(?:any|your|previous|prior|above|earlier|former|existing|safety|system|everything\s+you\s+were\s+told)\s+)+(?:(?:the|of|your|previous|prior|system|safety)\s+)*"
        + @"(?:instructions?|rules?|prompts?|guidelines?|directions?|constraints?|guardrails?|restrictions?|polic(?:y|ies)|programming|training|filters?|safeguards?)\b"
        + @"|\bnew\s+instructions\s*:|\bsystem\s*:\s*you\b",
        Options)]
    private static partial Regex OverrideInstructions();

    [GeneratedRegex(
        @"\b(?:print|reveal|show|display|output|repeat|leak|dump|share|tell\s+me|give\s+me|what\s+(?:is|are|was|were)|what's)\s+(?:me\s+|us\s+)?"
        + @"(?:(?:your|the)\s+(?:(?:full|entire|original|initial|hidden|secret|internal|exact)\s+)*(?:system\s+prompt|system\s+message|prompt|meta-?prompt)"
        + @"|your\s+(?:(?:full|entire|original|initial|hidden|secret|internal|exact)\s+)*(?:instructions|rules|guidelines|configuration))\b"
        + @"|\bsystem\s+prompt\b",
        Options)]
    private static partial Regex RevealPrompt();

    [GeneratedRegex(
        @"\byou\s+are\s+(?:now|no\s+longer)\b|\bfrom\s+now\s+on,?\s+(?:you|act|respond|behave|pretend|answer)\b"
        + @"|\b(?:act|behave|respond)\s+as\s+(?:if|though|an?|my|the)\b|\bpretend\s+(?:to\s+be|you\s+are|you're|that\s+you)\b|\brole-?play\s+as\b"
        + @"|\b(?:developer|dev|god|admin|sudo|debug|jailbreak|unrestricted|unfiltered|dan)\s+mode\b|\bjailbr[eo]a?k\w*|\bdo\s+anything\s+now\b",
        Options)]
    private static partial Regex Persona();

    [GeneratedRegex(
        @"\bdrop\s+(?:table|database|schema|view|index)\b|;\s*(?:delete|drop|update|insert|truncate|alter|create|exec|grant|shutdown|select)\b"
        + @"|\bdelete\s+from\b|\binsert\s+into\b|\bunion\s+(?:all\s+)?select\b|\bselect\s+\*\s+from\b|\btruncate\s+table\b|\balter\s+table\b"
        + @"|\bupdate\s+\w+\s+set\s+\w+\s*=|\bexec(?:ute)?\s*\(|\bxp_cmdshell\b|\binformation_schema\b|\bpg_sleep\b|\bsleep\s*\(\s*\d|\bwaitfor\s+delay\b",
        Options)]
    private static partial Regex SqlStatement();

    [GeneratedRegex(@"'\s*(?:or|and)\s+'?(\w+)'?\s*=\s*'?\1\b|\bor\s+1\s*=\s*1\b|'\s*(?:or|and)\s+'?\d+'?\s*=\s*'?\d+", Options)]
    private static partial Regex SqlTautology();

    [GeneratedRegex(@"['"";)]\s*--|--\s*$|/\*.*?\*/", Options)]
    private static partial Regex SqlComment();

    private const string Requests = @"\b(?:give|show|list|export|send|download|pull|extract|share|print|display|provide|get|dump|reveal|tell|see|want|need|include|add|what\s+are|what's|find|look\s+up|copy|grab|fetch|collect|gather|compile|retrieve|hand\s+over)\b";

    [GeneratedRegex(
        @"^\W*(?:(?:and|also|plus|then)\s+)?(?:the\s+|all\s+(?:the\s+)?)?(?:e-?mail\s+addresses|phone\s+numbers|mobile\s+numbers|cell\s+numbers|home\s+addresses|contact\s+details)\s+(?:of|for)\b|"
        + Requests + @"(?:\s+[\w'.,&-]+){0,7}?\s+(?:e-?mail\s+addresses|e-?mail\s+ids|phone\s+numbers|phone\s+#s?|mobile\s+(?:phone\s+)?numbers|cell\s+(?:phone\s+)?numbers|"
        + @"telephone\s+numbers|contact\s+(?:details|info|information|data|list)|personal\s+(?:data|details|info|information)|pii|ssns?|social\s+security(?:\s+numbers?)?|"
        + @"dates?\s+of\s+birth|birth\s*dates|credit\s+card\s+numbers|card\s+numbers|passwords|full\s+names|first\s+names|last\s+names|surnames|"
        + @"(?:home|street|mailing|postal|physical|ip)\s+addresses|zip\s+codes|postal\s+codes)\b"
        + "|" + Requests + @"\s+(?:me\s+|us\s+)?(?:the\s+|all\s+(?:the\s+)?|a\s+list\s+of\s+)?(?:customer\s+|customers'?\s+|their\s+)?"
        + @"(?:emails|e-mails|names|addresses|phones|numbers)\b(?!\s+of\s+(?:the\s+|my\s+|our\s+|all\s+|these\s+)?(?:segments?|facets?|campaigns?|categor|departments?|columns?|fields?|products?|brands?|stores?|tiers?|files?|orders?|days?))",
        Options)]
    private static partial Regex ContactDataRequest();

    [GeneratedRegex(
        @"(?<!\b(?:on|from|with|using|via|through|in)\s)\b(?:their|customers'|customer's|users'|people's|members'|buyers'|shoppers')\s+(?:e-?mails?|e-?mail\s+addresses|names|full\s+names|addresses|home\s+addresses|phones?|phone\s+numbers|numbers|birthdays|dates\s+of\s+birth|contact\s+\w+)\b",
        Options)]
    private static partial Regex PossessiveContactData();

    [GeneratedRegex(
        @"\b(?:customers?|people|shoppers?|users?|members?|buyers?|anyone|someone|everyone)\s+(?:named|called|whose\s+(?:first\s+|last\s+|family\s+)?name\s+(?:is|starts|begins|contains))\s+\w"
        + @"|\bwith\s+(?:(?:first|last)\s+)?names?\s+(?:starting|beginning|like|containing|ending)\b|\bwith\s+(?:a\s+)?(?:gmail|yahoo|hotmail|outlook|aol|icloud)\b"
        + @"|\bwhose\s+(?:phone|mobile|cell|telephone|e-?mail|home\s+address|street\s+address|address|ssn|social\s+security|date\s+of\s+birth|birthday|credit\s+card)\b|\(?\b\d{3}\)?[-.\s]\d{3}[-.]\d{4}\b"
        + @"|\b(?:by|in|with)\s+zip(?:\s*codes?)?\b|\bzip(?:\s*codes?)?\s+\d{3}|\bborn\s+(?:on|in|before|after|between)\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+\d)",
        Options)]
    private static partial Regex PersonalTargeting();

    // One person named by a role noun and a capitalised name ("the user Marcus Oyelaran"); the caller checks the name is
    // not ordinary words ("customer Lifetime Value").
    [GeneratedRegex(@"\b(?:user|customer|client|employee|person|member|shopper|buyer|founder|investor|lawyer|advisor|colleague|account\s+holder)\s+(?:named\s+|called\s+)?(?<name>\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)+)", RegexOptions.CultureInvariant)]
    private static partial Regex NamedPerson();

    private const string PeopleNouns = @"(?:customers?|people|persons|shoppers?|women|men|families|households|folks|buyers|consumers|users|members|adults|kids|children|moms|dads|parents|students|employees|neighborhoods|communities)";

    [GeneratedRegex(
        @"\b(?:race(?!\s+(?:car|cars|track|day|series|bib|gear|kit))|races\b(?!\s+(?:car|track))|racial(?:ly)?|ethnicit(?:y|ies)|ethnic(?:ally)?|african[\s-]americans?|hispanics?|latin[oax]s?|latinx|caucasians?|"
        + @"asians?(?=\s+" + PeopleNouns + @"|\s*$|\s+and\b|\s+or\b)|asian[\s-]americans?|native\s+americans?|pacific\s+islanders?|people\s+of\s+colou?r|poc|bipoc|non-?white|arabs?(?=\s|$)|"
        + @"(?:black|white|brown)\s+" + PeopleNouns + @")\b",
        Options)]
    private static partial Regex RaceOrEthnicity();

    [GeneratedRegex(
        @"\b(?:religions?|religious|muslims?|islamic|christians|catholics?|protestants?|evangelicals?|jews|jewish|hindus?|buddhists?|sikhs?|mormons?|atheists?|agnostics?|church-?goers|"
        + @"churchgoers|(?:go|goes|going)\s+to\s+(?:church|mosque|synagogue|temple)|by\s+faith)\b",
        Options)]
    private static partial Regex Religion();

    [GeneratedRegex(
        @"\b(?:national\s+origin|nationalit(?:y|ies)|immigrants?|immigration|migrants?|refugees?|undocumented|illegals?|illegal\s+aliens?|aliens|foreigners?|foreign-?born|"
        + @"non-?citizens?|citizenship|visa\s+holders?|born\s+(?:in|outside(?:\s+of)?)\s+(?!\d)(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+\d)[a-z]+|"
        + @"of\s+\w+\s+(?:descent|ancestry|heritage|origin)|"
        + @"(?:mexicans?|chinese|indians?|africans?|europeans?|middle\s+eastern)\s+(?:" + PeopleNouns + @"|immigrants|americans|descent|origin|heritage|background))\b",
        Options)]
    private static partial Regex NationalOrigin();

    [GeneratedRegex(
        @"\b(?:sexual\s+orientation|sexualit(?:y|ies)|gay|gays|lesbians?|bisexuals?|homosexuals?|heterosexuals?|queer|lgbt\w*|transgender|trans\s+" + PeopleNouns + @"|non-?binary|gender\s+identity)\b",
        Options)]
    private static partial Regex SexualOrientation();

    [GeneratedRegex(
        @"\b(?:disabilit(?:y|ies)|disabled\s+" + PeopleNouns + @"|(?:the|are|is|were|being)\s+disabled\b(?!\s+(?:their|push|notifications?|e-?mails?|the\s+app|cookies|tracking|auto))"
        + @"|handicapped|wheelchair\s+users?|in\s+wheelchairs|(?:blind|deaf)\s+" + PeopleNouns + @"|deaf|hard\s+of\s+hearing|autistic|autism|special\s+needs|(?:visually|hearing|mentally)\s+impaired)\b",
        Options)]
    private static partial Regex Disability();

    // A number that can only be an age: after a person noun with nothing counted after it, "60 or older", "who are 60+",
    // "in their 50s", "50-year-olds".
    [GeneratedRegex(
        @"\b(?:" + PeopleNouns + @"|staff|workers|engineers|developers|managers|designers|analysts|lawyers|founders|investors|advisors|employees|anyone|people)\s+(?:(?:who\s+are|that\s+are|aged?)\s+)?(?:over|under|above|below|older\s+than|younger\s+than)\s+(?:the\s+age\s+of\s+)?[1-9]\d\b(?!\s*(?:%|percent|\+?\s*(?:times|apps?|events?|logins?|sign-?ins?|accesses|orders?|items?|days?|weeks?|months?|years?\s+(?:of|at|with|in)|licen[cs]es?|seats?|deals?|offers?|messages?|views?|dollars?|k\b|m\b)))"
        + @"|\b[1-9]\d\s+(?:or|and)\s+(?:older|younger)\b|\b(?:who\s+are|that\s+are|aged)\s+[1-9]\d\s*(?:\+|(?:or|and)\s+(?:over|above|up|under|below)\b)"
        + @"|\bin\s+their\s+(?:20|30|40|50|60|70|80)s\b|\b[1-9]\d[\s-]?(?:to[\s-]?[1-9]\d[\s-]?)?year[\s-]olds?\b|\bover\s+the\s+age\s+of\s+[1-9]\d\b",
        Options)]
    private static partial Regex AgeByNumber();

    [GeneratedRegex(
        @"\b(?:health\s+conditions?|medical\s+(?:conditions?|history|records?)|diagnos[ei]s|diagnosed|pregnan(?:t|cy|cies)|expecting\s+(?:mothers|moms|parents|a\s+baby|women)|diabet(?:es|ic|ics)|cancer|"
        + @"hiv|aids\s+patients|depression|depressed|anxiety|mental\s+(?:health|illness|illnesses)|mentally\s+ill|bipolar|schizophreni\w*|adhd|obes(?:e|ity)|asthma(?:tic|tics)?|alzheimer'?s|dementia|"
        + @"chronic(?:ally)?\s+(?:ill|illness|illnesses|disease|diseases|pain|conditions?)|terminal(?:ly)?\s+ill|illness(?:es)?|diseases?|sick\s+" + PeopleNouns + @"|addicts?|addiction|alcoholics?|alcoholism|"
        + @"infertil\w*|ivf|stds?|heart\s+(?:disease|conditions?)|high\s+blood\s+pressure|hypertension|arthritis|epilep\w*)\b",
        Options)]
    private static partial Regex HealthCondition();
}
