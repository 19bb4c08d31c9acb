using System.Text;
using SegmentAI.Host.Channels.Slack;

namespace SegmentAI.Host.Tests.Channels.Slack;

/// <summary>Slack's signing scheme, checked against the example in Slack's documentation ("Verifying requests from Slack").</summary>
public sealed class SlackRequestVerifierTests
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Timestamp = "1531420618";
    private const string Signature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private const string Body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

    private static readonly DateTimeOffset Signed = DateTimeOffset.FromUnixTimeSeconds(1531420618);

    private static SlackSignatureFailure Verify(
        DateTimeOffset now, string? timestamp = Timestamp, string? signature = Signature, string body = Body, string secret = Secret) =>
        new SlackRequestVerifier(new FrozenTime(now)).Verify(secret, timestamp, signature, Encoding.UTF8.GetBytes(body));

    [Fact]
    public void Accepts_the_example_request_from_Slacks_documentation() =>
        Assert.Equal(SlackSignatureFailure.None, Verify(Signed.AddSeconds(30)));

    [Fact]
    public void Accepts_a_request_just_inside_five_minutes_either_way()
    {
        Assert.Equal(SlackSignatureFailure.None, Verify(Signed.AddMinutes(5)));
        Assert.Equal(SlackSignatureFailure.None, Verify(Signed.AddMinutes(-5)));
    }

    [Fact]
    public void Rejects_the_body_with_one_byte_flipped()
    {
        var body = Encoding.UTF8.GetBytes(Body);
        body[40] ^= 0x01;

        var failure = new SlackRequestVerifier(new FrozenTime(Signed)).Verify(Secret, Timestamp, Signature, body);

        Assert.Equal(SlackSignatureFailure.Mismatch, failure);
    }

    [Fact]
    public void Rejects_a_signature_made_with_another_secret() =>
        Assert.Equal(SlackSignatureFailure.Mismatch, Verify(Signed, secret: "8f742231b10e8888abcd99yyyzzz85a6"));

    [Fact]
    public void Rejects_the_signature_for_another_timestamp()
    {
        // Both the timestamp and the clock move: fresh, but signed for a different instant.
        Assert.Equal(SlackSignatureFailure.Mismatch, Verify(Signed.AddSeconds(1), timestamp: "1531420619"));
    }

    [Fact]
    public void Rejects_a_timestamp_older_than_five_minutes() =>
        Assert.Equal(SlackSignatureFailure.StaleTimestamp, Verify(Signed.AddMinutes(5).AddSeconds(1)));

    [Fact]
    public void Rejects_a_timestamp_more_than_five_minutes_in_the_future() =>
        Assert.Equal(SlackSignatureFailure.StaleTimestamp, Verify(Signed.AddMinutes(-5).AddSeconds(-1)));

    [Theory]
    [InlineData(null, Signature)]
    [InlineData(Timestamp, null)]
    [InlineData("", "")]
    public void Rejects_a_request_without_the_signature_headers(string? timestamp, string? signature) =>
        Assert.Equal(SlackSignatureFailure.MissingHeaders, Verify(Signed, timestamp, signature));

    [Theory]
    [InlineData("a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b5")]
    [InlineData("v0=z2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b50300")]
    public void Rejects_a_malformed_signature_header(string signature) =>
        Assert.Equal(SlackSignatureFailure.Malformed, Verify(Signed, signature: signature));

    [Theory]
    [InlineData("soon")]
    [InlineData("-1531420618")]
    [InlineData("1531420618.5")]
    public void Rejects_a_timestamp_that_is_not_unix_seconds(string timestamp) =>
        Assert.Equal(SlackSignatureFailure.Malformed, Verify(Signed, timestamp: timestamp));
}
