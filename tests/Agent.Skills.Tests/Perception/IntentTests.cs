using System.Text.Json;
using SegmentAI.Skills.Perception;

namespace SegmentAI.Skills.Tests.Perception;

public sealed class IntentTests
{
    [Theory]
    [InlineData("create", "create")]
    [InlineData("OutOfScope", "out_of_scope")]
    [InlineData(" Hypothesis ", "hypothesis")]
    [InlineData("audience_profile", "audience_profile")]
    public void Names_are_read_in_snake_case_and_in_the_PascalCase_older_sessions_stored(string text, string expected)
    {
        Assert.True(Intent.TryParse(text, out var intent));
        Assert.Equal(expected, intent.Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("create segment")]
    [InlineData("9lives")]
    [InlineData("explain-it")]
    public void Text_that_cannot_name_an_intent_is_not_one(string text)
    {
        Assert.False(Intent.TryParse(text, out _));
        Assert.Throws<ArgumentException>(() => new Intent(text));
    }

    [Fact]
    public void An_intent_equals_another_of_the_same_name_and_serializes_as_its_name()
    {
        var json = JsonSerializer.Serialize(new { Routed = Intent.OutOfScope });

        Assert.Equal("{\"Routed\":\"out_of_scope\"}", json);
        Assert.Equal(Intent.OutOfScope, JsonSerializer.Deserialize<Intent>("\"OutOfScope\""));
        Assert.Equal(Intent.Create, new Intent("create"));
    }

    [Fact]
    public void The_built_in_intents_are_distinct_and_well_named()
    {
        Assert.Equal(Intent.BuiltIn.Count, Intent.BuiltIn.Distinct().Count());
        Assert.All(Intent.BuiltIn, i => Assert.True(Intent.IsName(i.Name)));
    }
}
