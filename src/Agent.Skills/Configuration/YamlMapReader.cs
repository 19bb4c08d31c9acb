using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SegmentAI.Skills.Configuration;

/// <summary>
/// Reads one YAML mapping into typed values while recording every problem with its file, line and field,
/// so a broken configuration file reports all its mistakes at once instead of failing on the first.
/// </summary>
internal sealed class YamlMapReader
{
    private readonly YamlMappingNode _node;
    private readonly string _file;
    private readonly List<ConfigurationIssue> _issues;
    private readonly HashSet<string> _consumed = new(StringComparer.Ordinal);

    private YamlMapReader(YamlMappingNode node, string file, string path, List<ConfigurationIssue> issues)
    {
        _node = node;
        _file = file;
        Path = path;
        _issues = issues;
    }

    /// <summary>Dotted path of this mapping inside the document ("" for the root).</summary>
    public string Path { get; }

    /// <summary>1-based line where the mapping starts.</summary>
    public int Line => (int)_node.Start.Line;

    /// <summary>Parses <paramref name="text"/>; returns null (with an issue recorded) unless the root is a mapping.</summary>
    public static YamlMapReader? Parse(string file, string text, List<ConfigurationIssue> issues)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(text);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            issues.Add(new ConfigurationIssue(file, (int)ex.Start.Line, (int)ex.Start.Column, "", $"not valid YAML: {ex.InnerException?.Message ?? ex.Message}"));
            return null;
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner throws this, without a position, on some unterminated flow collections ("key: [a").
            issues.Add(new ConfigurationIssue(file, 0, 0, "", $"not valid YAML (an unclosed bracket or quote?): {ex.Message}"));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            issues.Add(new ConfigurationIssue(file, 1, 1, "", "expected a YAML mapping (key: value pairs) at the top of the file"));
            return null;
        }

        return new YamlMapReader(root, file, "", issues);
    }

    /// <summary>True when the mapping has <paramref name="key"/>.</summary>
    public bool Has(string key) => Find(key) is not null;

    /// <summary>All keys of this mapping, in file order.</summary>
    public IReadOnlyList<string> Keys =>
        _node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "").ToList();

    /// <summary>
    /// Reads a scalar string. With <paramref name="nonEmpty"/> an optional key written without a value is an error
    /// rather than absent, for formats where a blank value is a half-written entry.
    /// </summary>
    public string? String(string key, bool required = false, bool nonEmpty = false)
    {
        var node = Scalar(key, required);
        if (node is null)
        {
            return null;
        }

        var value = node.Value?.Trim();
        if ((required || nonEmpty) && string.IsNullOrEmpty(value))
        {
            Empty(node, key, required);
            return null;
        }

        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>Reads a whole number within [min, max].</summary>
    public int? Int(string key, bool required = false, int min = int.MinValue, int max = int.MaxValue)
    {
        var node = Scalar(key, required);
        if (node is null)
        {
            return null;
        }

        if (!int.TryParse(node.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            Issue(node, key, $"must be a whole number (got '{node.Value}')");
            return null;
        }

        if (value < min || value > max)
        {
            Issue(node, key, $"must be between {min} and {max} (got {value})");
            return null;
        }

        return value;
    }

    /// <summary>Reads a number within [min, max].</summary>
    public double? Double(string key, bool required = false, double min = double.MinValue, double max = double.MaxValue)
    {
        var node = Scalar(key, required);
        if (node is null)
        {
            return null;
        }

        if (!double.TryParse(node.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            Issue(node, key, $"must be a number (got '{node.Value}')");
            return null;
        }

        if (value < min || value > max)
        {
            Issue(node, key, $"must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)} (got {node.Value})");
            return null;
        }

        return value;
    }

    /// <summary>
    /// Reads a table or column name. Such names are spliced into SQL, so anything but a plain identifier is an error
    /// (and null), never passed on.
    /// </summary>
    public string? Identifier(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is not null && !SqlIdentifier.IsValid(text))
        {
            Error(key, $"'{text}' is not a plain SQL identifier");
            return null;
        }

        return text;
    }

    /// <summary>Reads a number as a decimal, so an amount keeps its exact digits (thousands separators allowed).</summary>
    public decimal? Decimal(string key, bool required = false)
    {
        var node = Scalar(key, required);
        if (node is null)
        {
            return null;
        }

        if (decimal.TryParse(node.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Issue(node, key, $"must be a number (got '{node.Value}')");
        return null;
    }

    /// <summary>Reads a calendar date written YYYY-MM-DD, the one spelling that means the same day in every locale.</summary>
    public DateOnly? Date(string key, bool required = false)
    {
        var node = Scalar(key, required);
        if (node is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(node.Value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        Issue(node, key, $"must be a date written YYYY-MM-DD (got '{node.Value}')");
        return null;
    }

    /// <summary>
    /// Reads true/false, also yes/no and on/off unless <paramref name="exact"/>, which accepts only lower-case
    /// <c>true</c> and <c>false</c> for formats that keep one spelling of every value.
    /// </summary>
    public bool? Bool(string key, bool required = false, bool exact = false)
    {
        var node = Scalar(key, required);
        if (node is null)
        {
            return null;
        }

        var text = node.Value?.Trim() ?? "";
        bool? value = exact
            ? text switch { "true" => true, "false" => false, _ => null }
            : text.ToLowerInvariant() switch { "true" or "yes" or "on" => true, "false" or "no" or "off" => false, _ => null };
        if (value is null)
        {
            Issue(node, key, $"must be true or false (got '{node.Value}')");
        }

        return value;
    }

    /// <summary>
    /// Reads an enum written in snake_case (e.g. <c>end_year</c> for <c>EndYear</c>). With <paramref name="exact"/> only
    /// that spelling is accepted (<c>not_in</c>, not <c>NotIn</c> or <c>not-in</c>), so every file spells a value one way
    /// and a search for it finds them all.
    /// </summary>
    public TEnum? Enum<TEnum>(string key, bool required = false, bool exact = false)
        where TEnum : struct, Enum
    {
        var node = Scalar(key, required);
        if (node is null)
        {
            return null;
        }

        if (SnakeCase.TryParseEnum<TEnum>(node.Value, out var value) && (!exact || node.Value?.Trim() == SnakeCase.From(value.ToString())))
        {
            return value;
        }

        Issue(node, key, $"must be one of {string.Join(", ", SnakeCase.EnumNames<TEnum>())} (got '{node.Value}')");
        return null;
    }

    /// <summary>
    /// Reads a list of scalars; a single scalar counts as a one-item list unless <paramref name="listOnly"/>, which makes
    /// it an error so <c>tags: single, multi</c> is not silently read as the one tag "single, multi". With
    /// <paramref name="nonEmpty"/> a list that is present must hold at least one value.
    /// </summary>
    public IReadOnlyList<string> Strings(string key, bool required = false, bool nonEmpty = false, bool listOnly = false)
    {
        var node = Take(key, required);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar when !listOnly:
                if (string.IsNullOrWhiteSpace(scalar.Value))
                {
                    if (nonEmpty)
                    {
                        Empty(scalar, key, required);
                    }

                    return [];
                }

                return [scalar.Value.Trim()];
            case YamlSequenceNode { Children.Count: 0 } empty when nonEmpty:
                Empty(empty, key, required);
                return [];
            case YamlSequenceNode sequence:
                var items = new List<string>(sequence.Children.Count);
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    if (sequence.Children[i] is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
                    {
                        items.Add(text.Trim());
                    }
                    else
                    {
                        Issue(sequence.Children[i], $"{key}[{i}]", "must be a plain value");
                    }
                }

                return items;
            default:
                Issue(node, key, "must be a list of values");
                return [];
        }
    }

    /// <summary>Reads a nested mapping.</summary>
    public YamlMapReader? Map(string key, bool required = false)
    {
        var node = Take(key, required);
        switch (node)
        {
            case null:
                return null;
            case YamlMappingNode mapping:
                return new YamlMapReader(mapping, _file, Join(key), _issues);
            default:
                Issue(node, key, "must be a mapping (key: value pairs)");
                return null;
        }
    }

    /// <summary>Reads a list of mappings; with <paramref name="nonEmpty"/> a list that is present must hold at least one.</summary>
    public IReadOnlyList<YamlMapReader> Maps(string key, bool required = false, bool nonEmpty = false)
    {
        var node = Take(key, required);
        switch (node)
        {
            case null:
                return [];
            case YamlSequenceNode { Children.Count: 0 } empty when nonEmpty:
                Empty(empty, key, required);
                return [];
            case YamlSequenceNode sequence:
                var maps = new List<YamlMapReader>(sequence.Children.Count);
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    if (sequence.Children[i] is YamlMappingNode mapping)
                    {
                        maps.Add(new YamlMapReader(mapping, _file, Join($"{key}[{i}]"), _issues));
                    }
                    else
                    {
                        Issue(sequence.Children[i], $"{key}[{i}]", "must be a mapping (key: value pairs)");
                    }
                }

                return maps;
            default:
                Issue(node, key, "must be a list");
                return [];
        }
    }

    /// <summary>Reads a list whose items are plain values or mappings (e.g. <c>values: [Baby, {value: gold, synonyms: [...]}]</c>).</summary>
    public IReadOnlyList<(string? Scalar, YamlMapReader? Map)> Items(string key, bool required = false)
    {
        var node = Take(key, required);
        switch (node)
        {
            case null:
                return [];
            case YamlSequenceNode sequence:
                var items = new List<(string?, YamlMapReader?)>(sequence.Children.Count);
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    switch (sequence.Children[i])
                    {
                        case YamlScalarNode { Value: { } text } when !string.IsNullOrWhiteSpace(text):
                            items.Add((text.Trim(), null));
                            break;
                        case YamlMappingNode mapping:
                            items.Add((null, new YamlMapReader(mapping, _file, Join($"{key}[{i}]"), _issues)));
                            break;
                        default:
                            Issue(sequence.Children[i], $"{key}[{i}]", "must be a value or a mapping");
                            break;
                    }
                }

                return items;
            default:
                Issue(node, key, "must be a list");
                return [];
        }
    }

    /// <summary>Reads a mapping whose values are mappings, e.g. <c>event_sources: {orders: {...}}</c>.</summary>
    public IReadOnlyList<KeyValuePair<string, YamlMapReader>> NamedMaps(string key, bool required = false)
    {
        var outer = Map(key, required);
        if (outer is null)
        {
            return [];
        }

        var result = new List<KeyValuePair<string, YamlMapReader>>();
        foreach (var name in outer.Keys)
        {
            var inner = outer.Map(name, required: true);
            if (inner is not null)
            {
                result.Add(new(name, inner));
            }
        }

        return result;
    }

    /// <summary>Reads a mapping whose values are lists of scalars, e.g. <c>roles: {admin: [create, edit]}</c>.</summary>
    public IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> NamedLists(string key, bool required = false)
    {
        var outer = Map(key, required);
        if (outer is null)
        {
            return [];
        }

        return outer.Keys.Select(name => new KeyValuePair<string, IReadOnlyList<string>>(name, outer.Strings(name))).ToList();
    }

    /// <summary>Records a problem with a field of this mapping (at the field when present, else at the mapping).</summary>
    public void Error(string key, string message)
    {
        Issue(Find(key) ?? _node, key, message);
    }

    /// <summary>Records a problem with this mapping as a whole.</summary>
    public void Error(string message) => Issue(_node, "", message);

    /// <summary>
    /// Reports every key that no accessor asked for, so a typo such as <c>fiscal_yaer_start_month</c>
    /// is an error rather than a silently ignored setting; the message names the closest key, or else every key asked for.
    /// </summary>
    public void RejectUnknownKeys()
    {
        foreach (var (keyNode, _) in _node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (_consumed.Contains(key))
            {
                continue;
            }

            var hint = EditDistance.Suggest(key, _consumed);
            Issue(keyNode, key, hint is not null ? $"unknown field; did you mean '{hint}'?"
                : _consumed.Count > 0 ? $"unknown field; expected one of {string.Join(", ", _consumed.Order(StringComparer.Ordinal))}"
                : "unknown field");
        }
    }

    private YamlScalarNode? Scalar(string key, bool required)
    {
        var node = Take(key, required);
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                return scalar;
            default:
                Issue(node, key, "must be a plain value, not a list or mapping");
                return null;
        }
    }

    private YamlNode? Take(string key, bool required)
    {
        var node = Find(key);
        _consumed.Add(key);
        if (node is null && required)
        {
            Issue(_node, key, "is required");
        }

        return node;
    }

    private YamlNode? Find(string key)
    {
        foreach (var (keyNode, valueNode) in _node.Children)
        {
            if (keyNode is YamlScalarNode { Value: { } text } && text == key)
            {
                return valueNode;
            }
        }

        return null;
    }

    // An optional key written empty is better left out, so the message says so; a required one just needs a value.
    private void Empty(YamlNode node, string key, bool required) =>
        Issue(node, key, required ? "must not be empty" : "must not be empty; leave the key out instead");

    private void Issue(YamlNode node, string key, string message) =>
        _issues.Add(new ConfigurationIssue(_file, (int)node.Start.Line, (int)node.Start.Column, Join(key), message));

    private string Join(string key) =>
        string.IsNullOrEmpty(key) ? Path : string.IsNullOrEmpty(Path) ? key : $"{Path}.{key}";
}
