using SegmentAI.Host.CommandLine;

return await AgentCommandLine.Build().Parse(args).InvokeAsync();
