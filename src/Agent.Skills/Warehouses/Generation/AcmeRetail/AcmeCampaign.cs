namespace SegmentAI.Skills.Warehouses.Generation.AcmeRetail;

/// <summary>An email campaign, the history-day index it was sent on and the hour its send batch starts.</summary>
internal sealed record AcmeCampaign(string CampaignId, string CampaignName, string Theme, DateOnly SendDate, int DayIndex, int SendHour);
