using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Dataset.Testing;

/// <summary>
/// Where a snapshot lives, by Verify's conventions: <c>Type.Method.verified.EXT</c> beside the test's source file,
/// and <c>Type.Method.received.EXT</c> for what a failing run produced.
/// </summary>
/// <param name="Verified">The accepted snapshot.</param>
/// <param name="Received">What a run produced when it differed.</param>
internal sealed record SnapshotFiles(string Verified, string Received)
{
    public static SnapshotFiles For(string testFile, string testMethod, string? name, string extension)
    {
        if (string.IsNullOrEmpty(testFile) || !Path.IsPathRooted(testFile))
        {
            throw new ArgumentException("The test's source file is unknown; call from a test method compiled with its source path.", nameof(testFile));
        }

        var directory = Path.GetDirectoryName(testFile)!;
        var baseName = name ?? $"{TestType(testMethod) ?? Path.GetFileNameWithoutExtension(testFile)}.{testMethod}";
        var ext = extension.TrimStart('.');
        return new SnapshotFiles(
            Path.Combine(directory, $"{baseName}.verified.{ext}"),
            Path.Combine(directory, $"{baseName}.received.{ext}"));
    }

    /// <summary>The class that declares the calling test method (for an async test, the class of its state machine).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string? TestType(string testMethod)
    {
        foreach (var frame in new StackTrace().GetFrames())
        {
            var type = frame.GetMethod()?.DeclaringType;
            if (type is null || type.Assembly == typeof(SnapshotFiles).Assembly)
            {
                continue;
            }

            if (frame.GetMethod()!.Name == testMethod)
            {
                return Name(type);
            }

            if (type.Name.StartsWith($"<{testMethod}>", StringComparison.Ordinal) && type.DeclaringType is { } outer)
            {
                return Name(outer);
            }
        }

        return null;
    }

    private static string Name(Type type) => type.Name.Split('`')[0];
}
