using System.Text;

namespace SegmentAI.Skills.Configuration;

/// <summary>Converts between PascalCase enum names and the snake_case spelling used in YAML and JSON.</summary>
public static class SnakeCase
{
    /// <summary>Converts <c>EndYear</c> to <c>end_year</c>.</summary>
    public static string From(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The snake_case names of every member of <typeparamref name="TEnum"/>.</summary>
    public static IReadOnlyList<string> EnumNames<TEnum>()
        where TEnum : struct, Enum =>
        System.Enum.GetNames<TEnum>().Select(From).ToList();

    /// <summary>Parses a snake_case (or PascalCase) enum name, case-insensitively.</summary>
    public static bool TryParseEnum<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var compact = text.Trim().Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return !compact.Any(char.IsDigit) && System.Enum.TryParse(compact, ignoreCase: true, out value) && System.Enum.IsDefined(value);
    }
}
