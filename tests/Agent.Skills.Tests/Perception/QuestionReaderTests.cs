using SegmentAI.Skills.Perception;

namespace SegmentAI.Skills.Tests.Perception;

public sealed class QuestionReaderTests
{
    [Theory]
    [InlineData("how many are there?", ConversationalQuestion.DraftSize)]
    [InlineData("How many of them", ConversationalQuestion.DraftSize)]
    [InlineData("and how big is that?", ConversationalQuestion.DraftSize)]
    [InlineData("what is the size of the segment", ConversationalQuestion.DraftSize)]
    [InlineData("what types of customers do we have", ConversationalQuestion.AnalyticsNotYet)]
    [InlineData("show retention curves by signup month", ConversationalQuestion.AnalyticsNotYet)]
    [InlineData("can you recommend a few A/B tests", ConversationalQuestion.AnalyticsNotYet)]
    [InlineData("give me engagement tiers", ConversationalQuestion.AnalyticsNotYet)]
    [InlineData("clientes de Texas que compraron juguetes", ConversationalQuestion.NotEnglish)]
    [InlineData("les clients qui ont achet\u00e9 des jouets", ConversationalQuestion.NotEnglish)]
    [InlineData("Kunden die Spielzeug gekauft haben", ConversationalQuestion.NotEnglish)]
    [InlineData("customers in LA who bought toys", ConversationalQuestion.None)]
    [InlineData("gold members who churned", ConversationalQuestion.None)]
    [InlineData("build a cohort of gold members", ConversationalQuestion.None)]
    [InlineData("how many times did they buy", ConversationalQuestion.None)]
    [InlineData("how many do we have", ConversationalQuestion.DraftSize)]
    [InlineData("what's the count on that?", ConversationalQuestion.DraftSize)]
    [InlineData("ok, how many of them are there right now?", ConversationalQuestion.DraftSize)]
    [InlineData("give me the size", ConversationalQuestion.DraftSize)]
    [InlineData("what's the number of people who opted out", ConversationalQuestion.None)]
    public void Reads_what_kind_of_question_a_message_is(string text, ConversationalQuestion expected)
    {
        Assert.Equal(expected, QuestionReader.Read(text, namesCatalogTerms: false));
    }

    [Fact]
    public void How_many_naming_catalog_terms_is_a_new_audience_not_the_drafts_size()
    {
        Assert.Equal(ConversationalQuestion.None, QuestionReader.Read("how many gold members are there?", namesCatalogTerms: true));
    }
}
