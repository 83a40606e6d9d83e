using Microsoft.CodeAnalysis.Text;

namespace Dataset.Generators.Tests.Hostile;

/// <summary>Turns file bytes into the text an AdditionalFile gives the generator, the way the compiler decodes it.</summary>
internal static class CompilerText
{
    /// <summary>BOM detection (UTF-8, UTF-16, UTF-32), UTF-8 otherwise; null for a file the compiler sees as binary.</summary>
    public static string? Decode(byte[] bytes)
    {
        try
        {
            return SourceText.From(new MemoryStream(bytes), encoding: null, throwIfBinaryDetected: true).ToString();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
