using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;

namespace Dataset.Annotations.Caching;

/// <summary>What a cache entry holds: which stage's result, or a whole analysis's diagnostics.</summary>
internal enum CacheStage : byte
{
    Parse = 1,
    Evidence = 2,
    Check = 3,
    Coverage = 4,
    Diagnostics = 5,

    /// <summary>Each file's stamp and content digest when it was last read (<see cref="FileStamp"/>).</summary>
    Stamps = 6,
}

/// <summary>One entry: a result filed under the digest of its input, and how many saves ago it was last used.</summary>
internal readonly record struct CacheEntry(CacheStage Stage, Digest Key, byte Age, byte[] Bytes, int Offset, int Length);

/// <summary>An entry to write: its bytes are encoded when the file is written.</summary>
internal readonly record struct PendingEntry(CacheStage Stage, Digest Key, byte Age, Action<CacheWriter> Write);

/// <summary>
/// The cache of one folder on disk: a header (a magic string, the format number, the tool's version and the folder),
/// the entries, and the SHA-256 of all that. A file that is short, of another format or version, of another folder, or
/// whose digest does not match is not read: the cache starts empty, and the next save replaces it. Written whole: into
/// a temporary file beside it, then moved over it, so a reader sees the old file or the new one, never a mix.
/// </summary>
internal static class CacheFile
{
    /// <summary>Raised when what the cache holds or how it is written changes: a file of another number is not read.</summary>
    public const int Format = 1;

    /// <summary>An entry not used by this many saves in a row is dropped.</summary>
    public const int MaxAge = 2;

    private static readonly byte[] Magic = { (byte)'D', (byte)'S', (byte)'C', (byte)'A', (byte)'C', (byte)'H', (byte)'E', 0 };

    /// <summary>
    /// The engine that wrote the cache: its version (with the commit it was built from), the identity of its build
    /// (deterministic builds give a new one whenever the code changes) and the YAML parser's version.
    /// </summary>
    public static string ToolVersion { get; } = string.Join(
        " ",
        typeof(CacheFile).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
        typeof(CacheFile).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        typeof(YamlDotNet.Core.Parser).Assembly.GetName().Version?.ToString() ?? "unknown");

    /// <summary>The entries of the cache file of <paramref name="folder"/>, or none when it is missing or not to be trusted.</summary>
    public static IReadOnlyList<CacheEntry> Read(string path, string folder)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Array.Empty<CacheEntry>();
        }

        try
        {
            return Entries(bytes, folder);
        }
        catch (InvalidDataException)
        {
            return Array.Empty<CacheEntry>();
        }
    }

    /// <summary>
    /// Writes entries whole, each encoded as it is written: a temporary file beside <paramref name="path"/>, moved over
    /// it. Returns false when it could not (the cache is then as it was).
    /// </summary>
    public static bool Write(string path, string folder, IReadOnlyCollection<PendingEntry> entries)
    {
        var directory = Path.GetDirectoryName(path)!;
        var temporary = Path.Combine(directory, Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            Directory.CreateDirectory(directory);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                void Put(byte[] bytes, int offset, int count)
                {
                    stream.Write(bytes, offset, count);
                    hash.AppendData(bytes, offset, count);
                }

                var header = new CacheWriter();
                var content = new CacheWriter(1 << 16);
                header.Bytes(Magic);
                header.Int(Format);
                header.Text(ToolVersion);
                header.Text(folder);
                header.UInt((uint)entries.Count);
                Put(header.Buffer, 0, header.Length);
                foreach (var entry in entries)
                {
                    content.Reset();
                    entry.Write(content);
                    header.Reset();
                    header.Byte((byte)entry.Stage);
                    header.Byte(entry.Age);
                    header.Digest(entry.Key);
                    header.UInt((uint)content.Length);
                    Put(header.Buffer, 0, header.Length);
                    Put(content.Buffer, 0, content.Length);
                }

                var digest = hash.GetHashAndReset();
                stream.Write(digest, 0, digest.Length);
            }

            Replace(temporary, path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            TryDelete(temporary);
            return false;
        }
    }

    private static List<CacheEntry> Entries(byte[] bytes, string folder)
    {
        if (bytes.Length < Magic.Length + Digest.Length || !bytes.Take(Magic.Length).SequenceEqual(Magic))
        {
            throw new InvalidDataException("Not a cache file.");
        }

        var body = bytes.Length - Digest.Length;
        if (Digest.Of(bytes, 0, body) != Digest.From(bytes, body))
        {
            throw new InvalidDataException("The cache file is not whole.");
        }

        var r = new CacheReader(bytes, Magic.Length, body - Magic.Length);
        if (r.Int() != Format || r.Text() != ToolVersion || r.Text() != folder)
        {
            throw new InvalidDataException("The cache file is of another format, version or folder.");
        }

        var count = r.Count();
        var entries = new List<CacheEntry>(count);
        for (var i = 0; i < count; i++)
        {
            var stage = (CacheStage)r.Byte();
            if (!Enum.IsDefined(typeof(CacheStage), stage))
            {
                throw new InvalidDataException("The cache file holds an entry of no stage.");
            }

            var age = r.Byte();
            var key = r.Digest();
            var length = r.Count();
            entries.Add(new CacheEntry(stage, key, age, bytes, r.Position, length));
            r.Skip(length);
        }

        if (!r.AtEnd)
        {
            throw new InvalidDataException("The cache file holds more than its entries.");
        }

        return entries;
    }

    private static void Replace(string temporary, string path)
    {
        // netstandard2.0 has no overwriting move: File.Replace needs the target to exist; either is one rename.
        if (File.Exists(path))
        {
            File.Replace(temporary, path, destinationBackupFileName: null, ignoreMetadataErrors: true);
        }
        else
        {
            File.Move(temporary, path);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temporary file left behind is overwritten by nothing and read by nothing.
        }
    }
}
