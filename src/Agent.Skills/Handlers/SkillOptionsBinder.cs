using System.Collections.Concurrent;
using System.Reflection;
using SegmentAI.Skills.Skills;

namespace SegmentAI.Skills.Handlers;

/// <summary>
/// Binds a skill's typed parameters (after tenant overrides) to its handler's options type, by name:
/// <c>min_lift</c> is <c>MinLift</c>. What cannot bind is found at start-up, never on a user's turn.
/// </summary>
internal static class SkillOptionsBinder
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, PropertyInfo>> Properties = new();

    /// <summary>The options of <paramref name="skill"/> as <typeparamref name="TOptions"/>.</summary>
    public static TOptions Bind<TOptions>(ResolvedSkill skill) where TOptions : class, new()
    {
        var options = new TOptions();
        var properties = PropertiesOf(typeof(TOptions));
        foreach (var (name, value) in skill.Parameters)
        {
            if (!properties.TryGetValue(name, out var property))
            {
                throw new InvalidOperationException($"{skill.Skill.File}: parameters.{name}: {typeof(TOptions).Name} has no property {PropertyName(name)}");
            }

            property.SetValue(options, property.PropertyType == typeof(double) ? Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture) : value);
        }

        return options;
    }

    /// <summary>Why <paramref name="skill"/>'s parameters would not bind to <paramref name="optionsType"/>; empty when they do.</summary>
    public static IEnumerable<string> Problems(Skill skill, Type? optionsType, Type handlerType)
    {
        if (optionsType is null)
        {
            foreach (var name in skill.Parameters.Keys)
            {
                yield return $"{skill.File}: parameters.{name}: the handler of procedure '{skill.Procedure}' ({handlerType.Name}) declares no options type, so nothing reads this parameter";
            }

            yield break;
        }

        var properties = PropertiesOf(optionsType);
        foreach (var (name, parameter) in skill.Parameters)
        {
            if (!properties.TryGetValue(name, out var property))
            {
                yield return $"{skill.File}: parameters.{name}: nothing binds it; {optionsType.Name} has no property {PropertyName(name)}";
            }
            else if (property.PropertyType != ClrType(parameter.Type))
            {
                yield return $"{skill.File}: parameters.{name}: is {parameter.Type.ToString().ToLowerInvariant()} but {optionsType.Name}.{property.Name} is {property.PropertyType.Name}";
            }
        }
    }

    private static Type ClrType(SkillParameterType type) => type switch
    {
        SkillParameterType.Integer => typeof(int),
        SkillParameterType.Boolean => typeof(bool),
        SkillParameterType.Text => typeof(string),
        _ => typeof(double),
    };

    private static IReadOnlyDictionary<string, PropertyInfo> PropertiesOf(Type type) =>
        Properties.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .ToDictionary(p => Configuration.SnakeCase.From(p.Name), StringComparer.Ordinal));

    private static string PropertyName(string snake) =>
        string.Concat(snake.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
