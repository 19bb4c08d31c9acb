using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Skills;

namespace SegmentAI.Skills.Handlers;

/// <summary>
/// Binds every loaded skill to the handler registered for its procedure, and its parameters to that handler's
/// options type. Built once at start-up; a skill that would not bind stops the agent from starting.
/// </summary>
internal sealed class SkillHandlerCatalog
{
    private readonly IReadOnlyDictionary<string, SkillHandlerRegistration> _byProcedure;
    private readonly IReadOnlySet<string> _tools;
    private readonly IReadOnlySet<string> _intents;
    private readonly IServiceProvider _services;

    public SkillHandlerCatalog(
        IEnumerable<SkillHandlerRegistration> registrations, IEnumerable<SkillToolRegistration> tools, IEnumerable<SkillIntentRegistration> intents,
        SkillRegistry skills, IServiceProvider services)
    {
        _tools = tools.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        _intents = intents.Select(i => i.Intent.Name).ToHashSet(StringComparer.Ordinal);
        var all = registrations.ToList();
        var problems = all.GroupBy(r => r.Procedure, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"procedure '{g.Key}' has {g.Count()} handlers registered ({string.Join(", ", g.Select(r => r.HandlerType.Name))}); register one")
            .ToList();
        _byProcedure = all.GroupBy(r => r.Procedure, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        _services = services;
        problems.AddRange(Problems(skills.Library.Skills));
        if (problems.Count > 0)
        {
            throw new SkillBindingException(problems);
        }
    }

    /// <summary>The procedure names handlers are registered for.</summary>
    public IReadOnlyCollection<string> Procedures => _byProcedure.Keys.ToList();

    /// <summary>The handler that runs <paramref name="skill"/>.</summary>
    public ISkillHandler HandlerFor(Skill skill) =>
        _byProcedure.TryGetValue(skill.Procedure, out var registration)
            ? (ISkillHandler)_services.GetRequiredService(registration.HandlerType)
            : throw new SkillBindingException([NoHandler(skill)]);

    /// <summary>Why <paramref name="skills"/> would not bind; empty when every one does.</summary>
    public IReadOnlyList<string> Problems(IEnumerable<Skill> skills)
    {
        var problems = new List<string>();
        foreach (var skill in skills)
        {
            if (!_byProcedure.TryGetValue(skill.Procedure, out var registration))
            {
                problems.Add(NoHandler(skill));
                continue;
            }

            problems.AddRange(SkillOptionsBinder.Problems(skill, registration.OptionsType, registration.HandlerType));
            problems.AddRange(skill.Tools.Where(t => !_tools.Contains(t)).Select(t => Unregistered(skill, "tools", "tool", t, _tools)));
            problems.AddRange(skill.Intents.Where(i => !_intents.Contains(i.Name)).Select(i => Unregistered(skill, "intents", "intent", i.Name, _intents)));
        }

        return problems;
    }

    private static string Unregistered(Skill skill, string field, string noun, string name, IReadOnlySet<string> registered)
    {
        var hint = EditDistance.Suggest(name, registered) is { } close ? $"; did you mean '{close}'?" : "";
        return $"{skill.File}: {field}: no {noun} is registered as '{name}'{hint} (registered: {string.Join(", ", registered.Order(StringComparer.Ordinal))})";
    }

    private string NoHandler(Skill skill)
    {
        var hint = EditDistance.Suggest(skill.Procedure, _byProcedure.Keys) is { } close ? $"; did you mean '{close}'?" : "";
        return $"{skill.File}: procedure: no handler is registered for '{skill.Procedure}'{hint} (registered: {string.Join(", ", _byProcedure.Keys.Order(StringComparer.Ordinal))})";
    }
}
