using System.Globalization;

namespace SegmentAI.Skills.Skills;

/// <summary>A typed tunable of a skill, with the default the skill ships and the range any override must respect.</summary>
/// <param name="Name">Parameter name, e.g. <c>facet_acceptance_threshold</c>.</param>
/// <param name="Type">How values are read.</param>
/// <param name="Default">Default value: <see cref="double"/>, <see cref="int"/>, <see cref="bool"/> or <see cref="string"/> by type.</param>
/// <param name="Minimum">Smallest allowed number, if bounded.</param>
/// <param name="Maximum">Largest allowed number, if bounded.</param>
/// <param name="Description">What the parameter changes.</param>
public sealed record SkillParameter(string Name, SkillParameterType Type, object Default, double? Minimum, double? Maximum, string? Description)
{
    /// <summary>
    /// Reads <paramref name="text"/> as a value of this parameter; on failure returns false with a message that says
    /// what was expected, so a tenant override with a typo is rejected rather than silently ignored.
    /// </summary>
    public bool TryRead(string text, out object value, out string error) =>
        TryRead(Type, text, Minimum, Maximum, out value, out error);

    /// <summary>Reads <paramref name="text"/> as a value of <paramref name="type"/> within the given bounds.</summary>
    public static bool TryRead(SkillParameterType type, string text, double? minimum, double? maximum, out object value, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = text;
        error = "";
        var trimmed = text.Trim();
        switch (type)
        {
            case SkillParameterType.Text:
                value = trimmed;
                return true;
            case SkillParameterType.Boolean:
                if (bool.TryParse(trimmed, out var flag))
                {
                    value = flag;
                    return true;
                }

                error = $"must be true or false (got '{text}')";
                return false;
            case SkillParameterType.Integer:
                if (!int.TryParse(trimmed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole))
                {
                    error = $"must be a whole number (got '{text}')";
                    return false;
                }

                value = whole;
                return WithinBounds(whole, minimum, maximum, text, ref error);
            default:
                if (!double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
                {
                    error = $"must be a number (got '{text}')";
                    return false;
                }

                value = number;
                return type == SkillParameterType.Probability
                    ? WithinBounds(number, Math.Max(minimum ?? 0, 0), Math.Min(maximum ?? 1, 1), text, ref error)
                    : WithinBounds(number, minimum, maximum, text, ref error);
        }
    }

    private static bool WithinBounds(double number, double? minimum, double? maximum, string text, ref string error)
    {
        if ((minimum is { } min && number < min) || (maximum is { } max && number > max))
        {
            var low = minimum?.ToString(CultureInfo.InvariantCulture) ?? "-∞";
            var high = maximum?.ToString(CultureInfo.InvariantCulture) ?? "∞";
            error = $"must be between {low} and {high} (got {text.Trim()})";
            return false;
        }

        return true;
    }
}
