using System.Text;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Skills;

namespace SegmentAI.Skills.Handlers;

/// <summary>The <c>help</c> procedure: what the agent can do, one line and one example per active skill.</summary>
[SkillOptions(typeof(HelpOptions))]
internal sealed class HelpHandler(SkillRegistry skills) : ISkillHandler
{
    public Task<ChatReply?> HandleAsync(SkillContext context, CancellationToken cancellationToken = default)
    {
        var turn = context.Turn;
        var skill = context.Skill;
        var text = new StringBuilder($"I build customer segments for {turn.Tenant.Config.DisplayName} from plain English, grounded in your catalog of {turn.Tenant.Catalog.Facets.Count} facets. I can:\n");
        foreach (var active in skills.ActiveSkills().Where(s => s.SkillId != skill.SkillId))
        {
            var example = active.Examples.FirstOrDefault(e => e.Tenant is null || e.Tenant == turn.Tenant.Id)?.Input;
            text.Append("- ").Append(active.Description.TrimEnd('.')).Append(example is null ? "" : $" — e.g. \"{example}\"").AppendLine();
        }

        text.Append("Every segment comes with its size, SQL and the assumptions I made; ask \"explain it\" any time.");
        return Task.FromResult<ChatReply?>(Replies.Answer(turn, skill, text.ToString()));
    }
}
