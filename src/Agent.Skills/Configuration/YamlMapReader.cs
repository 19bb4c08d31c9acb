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

    /// <summary>Reads a scalar string.</summary>
    public string? String(string key, bool required = false)
    {
        var node = Scalar(key, required);
        if (node is null)
        {
            return null;
        }

        var value = node.Value?.Trim();
        if (required && string.IsNullOrEmpty(value))
        {
            Issue(node, key, "must not be empty");
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

    /// <summary>Reads true/false (also yes/no).</summary>
    public bool? Bool(string key, bool required = false)
    {
        var node = Scalar(key, required);
        if (node is null)
        {
            return null;
        }

        switch (node.Value?.Trim().ToLowerInvariant())
        {
            case "true" or "yes" or "on":
                return true;
            case "false" or "no" or "off":
                return false;
            default:
                Issue(node, key, $"must be true or false (got '{node.Value}')");
                return null;
        }
    }

    /// <summary>Reads an enum written in snake_case (e.g. <c>end_year</c> for <c>EndYear</c>).</summary>
    public TEnum? Enum<TEnum>(string key, bool required = false)
        where TEnum : struct, Enum
    {
        var node = Scalar(key, required);
        if (node is null)
        {
            return null;
        }

        if (SnakeCase.TryParseEnum<TEnum>(node.Value, out var value))
        {
            return value;
        }

        Issue(node, key, $"must be one of {string.Join(", ", SnakeCase.EnumNames<TEnum>())} (got '{node.Value}')");
        return null;
    }

    /// <summary>Reads a list of scalars; a single scalar counts as a one-item list.</summary>
    public IReadOnlyList<string> Strings(string key, bool required = false)
    {
        var node = Take(key, required);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return string.IsNullOrWhiteSpace(scalar.Value) ? [] : [scalar.Value.Trim()];
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

    /// <summary>Reads a list of mappings.</summary>
    public IReadOnlyList<YamlMapReader> Maps(string key, bool required = false)
    {
        var node = Take(key, required);
        switch (node)
        {
            case null:
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
    /// is an error rather than a silently ignored setting.
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
            Issue(keyNode, key, hint is null ? "unknown field" : $"unknown field; did you mean '{hint}'?");
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

    private void Issue(YamlNode node, string key, string message) =>
        _issues.Add(new ConfigurationIssue(_file, (int)node.Start.Line, (int)node.Start.Column, Join(key), message));

    private string Join(string key) =>
        string.IsNullOrEmpty(key) ? Path : string.IsNullOrEmpty(Path) ? key : $"{Path}.{key}";
}
