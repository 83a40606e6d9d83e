namespace Dataset.LanguageServer.Documents;

/// <summary>The editor's buffers as a batch of changes leaves them, before the batch is applied.</summary>
internal static class OpenBuffers
{
    /// <param name="open">The buffers open now, by path.</param>
    /// <param name="changes">The changes to apply, in order: a buffer's text sets it, a close removes it.</param>
    public static IReadOnlyDictionary<string, string> After(IReadOnlyDictionary<string, string> open, IEnumerable<WorkspaceChange> changes)
    {
        var after = new Dictionary<string, string>(open, StringComparer.Ordinal);
        foreach (var change in changes)
        {
            switch (change)
            {
                case BufferChange buffer:
                    after[buffer.Path] = buffer.Text;
                    break;
                case CloseChange close:
                    after.Remove(close.Path);
                    break;
            }
        }

        return after;
    }
}
