namespace SegmentAI.Skills.Chat;

/// <summary>A file the user can download from the host: its name, address (relative to the host) and media type.</summary>
/// <param name="Name">File name to save it under.</param>
/// <param name="Url">Address relative to the host, e.g. <c>api/segments/seg-1/members.csv</c>.</param>
/// <param name="MediaType">Media type of the file.</param>
internal sealed record FileContent(string Name, string Url, string MediaType) : ReplyContent;
