namespace Dataset.Export;

/// <summary>One step of a long export, for a progress display.</summary>
/// <param name="Task">What is being done, for example "report" or "export".</param>
/// <param name="Done">Steps done, this one included.</param>
/// <param name="Total">Steps in all.</param>
/// <param name="Item">What this step worked on: a document id or a file.</param>
public readonly record struct ExportStep(string Task, int Done, int Total, string Item);
