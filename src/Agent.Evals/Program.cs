using SegmentAI.Evals.CommandLine;

return await EvalCommandLine.Build().Parse(args).InvokeAsync();
