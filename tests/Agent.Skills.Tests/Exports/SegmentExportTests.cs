using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Tests.Conversation;

namespace SegmentAI.Skills.Tests.Exports;

/// <summary>"Export it" and "send it to …" in a conversation: saved segments only, keys only.</summary>
public sealed class SegmentExportTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task Exporting_an_unsaved_draft_says_how_to_save_it_first()
    {
        await Say("gold members who bought toys this year", "unsaved");

        var reply = await Say("export it", "unsaved");

        Assert.Equal(("segment_export", ReplyKind.Answer), (reply.Skill?.Id, reply.Kind));
        Assert.Contains("Say \"save it as Gold members who bought toys this year\", then \"export it\"", reply.Text, StringComparison.Ordinal);
        Assert.Empty(reply.Contents.OfType<FileContent>());
    }

    [Fact]
    public async Task Exporting_a_saved_segment_offers_its_member_keys_as_a_csv_file()
    {
        await Say("gold members who bought toys this year", "saved");
        var saved = await Say("save it as Gold toy buyers for export", "saved");

        var reply = await Say("export it", "saved");

        var id = System.Text.RegularExpressions.Regex.Match(saved.Text, @"\((seg-\d+)\)").Groups[1].Value;
        var file = Assert.Single(reply.Contents.OfType<FileContent>());
        Assert.Equal(("gold-toy-buyers-for-export-members.csv", $"api/segments/{id}/members.csv", "text/csv"), (file.Name, file.Url, file.MediaType));
        Assert.Contains("each customer's customer_id, one per line, and nothing else", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_saved_segment_can_be_exported_by_name_from_another_conversation()
    {
        await Say("platinum members", "named-a");
        await Say("save it as Platinum export check", "named-a");

        var reply = await Say("export platinum export check as csv", "named-b");

        Assert.Equal("platinum-export-check-members.csv", Assert.Single(reply.Contents.OfType<FileContent>()).Name);
    }

    [Fact]
    public async Task Changes_made_after_saving_are_said_to_be_left_out_of_the_export()
    {
        await Say("gold members", "changed");
        await Say("save it as Gold export changed", "changed");
        await Say("only the ones in Texas", "changed");

        var reply = await Say("export it", "changed");

        Assert.Contains("the changes you made since are not in it", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sending_to_a_destination_the_workspace_does_not_have_says_how_to_add_one()
    {
        await Say("gold members", "no-destination");
        await Say("save it as Gold for crm", "no-destination");

        var reply = await Say("send it to crm", "no-destination");

        Assert.Equal("segment_export", reply.Skill?.Id);
        Assert.Contains("no destinations", reply.Text, StringComparison.Ordinal);
        Assert.Contains("`destinations:` in tenant.yaml", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sending_a_saved_segment_to_a_configured_destination_delivers_every_key_and_says_how_many()
    {
        await using var receiver = new LoopbackWebhookReceiver();
        using var root = new Handlers.RepositoryCopy(copyTenants: true);
        root.AppendToTenant("acme-retail", $$"""
            destinations:
              crm: { url: "{{receiver.Url}}", secret: "a-long-enough-shared-secret", description: Test CRM }
            """);
        await using var services = root.Services();
        var chat = services.GetRequiredService<IConversationEngine>();
        await chat.HandleAsync(engine.Say("platinum members", "export-deliver"));
        await chat.HandleAsync(engine.Say("save it as Platinum for the CRM", "export-deliver"));

        var reply = await chat.HandleAsync(engine.Say("send it to crm", "export-deliver"));

        var expected = Warehouses.WarehouseQuery.Scalar<long>(engine.AcmeWarehouse, "SELECT COUNT(*) FROM customers WHERE loyalty_tier = 'platinum'");
        Assert.Equal($"Sent the customer_id of all {expected:N0} customers in **Platinum for the CRM** to crm (Test CRM), in 1 signed request.", reply.Text);
        var post = Assert.Single(receiver.Received);
        using var json = System.Text.Json.JsonDocument.Parse(post.Body);
        Assert.Equal(expected, json.RootElement.GetProperty("keys").GetArrayLength());
    }

    private Task<ChatReply> Say(string text, string session) => engine.Engine.HandleAsync(engine.Say(text, "export-" + session));
}
