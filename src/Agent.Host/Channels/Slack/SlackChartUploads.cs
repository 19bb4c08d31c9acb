using SegmentAI.Host.Channels.Charts;
using SegmentAI.Skills.Chat;

namespace SegmentAI.Host.Channels.Slack;

/// <summary>
/// A reply's charts, shared in its thread as PNG files after the reply itself (whose text already carries every
/// number). A chart that cannot be uploaded is logged and skipped: the answer has been given.
/// </summary>
internal static partial class SlackChartUploads
{
    public static async Task ShareAsync(SlackWebApi api, string channel, string threadTs, ChatReply reply, ILogger logger, CancellationToken cancellationToken)
    {
        var charts = reply.Contents.OfType<ChartContent>().ToList();
        for (var i = 0; i < charts.Count; i++)
        {
            var title = charts[i].Title ?? "Chart";
            if (ChartImage.TryPng(charts[i]) is not { } png)
            {
                continue;
            }

            try
            {
                await api.UploadImageAsync(channel, threadTs, $"chart-{i + 1}.png", title, png, cancellationToken).ConfigureAwait(false);
            }
            catch (SlackApiException ex)
            {
                LogUploadFailed(logger, channel, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A chart could not be shared in Slack channel {Channel}; the reply text was sent without it")]
    private static partial void LogUploadFailed(ILogger logger, string channel, Exception exception);
}
