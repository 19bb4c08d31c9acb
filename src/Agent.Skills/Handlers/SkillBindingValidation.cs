using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SegmentAI.Skills.Handlers;

/// <summary>
/// Binds every skill to its handler when the host starts, so a skill whose procedure has no handler, or whose
/// parameters nothing reads, stops start-up (naming the file and field) instead of failing a user's turn.
/// </summary>
internal sealed class SkillBindingValidation(IServiceProvider services) : IValidateOptions<SkillBindingOptions>
{
    public ValidateOptionsResult Validate(string? name, SkillBindingOptions options)
    {
        try
        {
            _ = services.GetRequiredService<SkillHandlerCatalog>();
            return ValidateOptionsResult.Success;
        }
        catch (SkillBindingException ex)
        {
            return ValidateOptionsResult.Fail(ex.Problems);
        }
    }
}
