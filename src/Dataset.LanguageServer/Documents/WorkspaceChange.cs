using Dataset.LanguageServer.Workspace;

namespace Dataset.LanguageServer.Documents;

/// <summary>
/// A change the client told of, waiting to be applied to the workspace. Changes are applied by the analysis, all that
/// are waiting at once, so the workspace an analysis reads is exactly the revision it is for.
/// </summary>
internal abstract record WorkspaceChange
{
    public abstract void ApplyTo(AnnotationWorkspace workspace);
}

/// <summary>An open document's whole text (didOpen, or didChange with full synchronisation).</summary>
internal sealed record BufferChange(string Path, string Text) : WorkspaceChange
{
    public override void ApplyTo(AnnotationWorkspace workspace) => workspace.Open(Path, Text);
}

/// <summary>A document closed: the file on disk counts again.</summary>
internal sealed record CloseChange(string Path) : WorkspaceChange
{
    public override void ApplyTo(AnnotationWorkspace workspace) => workspace.Close(Path);
}

/// <summary>A file saved, created, changed or deleted on disk: read it again.</summary>
internal sealed record DiskChange(string Path) : WorkspaceChange
{
    public override void ApplyTo(AnnotationWorkspace workspace) => workspace.Refresh(Path);
}

/// <summary>The whole folder read from disk (once the client is initialized).</summary>
internal sealed record LoadChange : WorkspaceChange
{
    public override void ApplyTo(AnnotationWorkspace workspace) => workspace.Load();
}
