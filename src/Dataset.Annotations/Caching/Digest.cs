using System;
using System.Security.Cryptography;

namespace Dataset.Annotations.Caching;

/// <summary>
/// A SHA-256 digest: what a cached result is filed under (the digest of everything it was computed from), and what
/// checks a cache file whole. A cryptographic hash, so that two different inputs never share an entry in practice.
/// </summary>
internal readonly struct Digest : IEquatable<Digest>
{
    public const int Length = 32;

    [ThreadStatic]
    private static SHA256? _sha;

    private readonly ulong _a;
    private readonly ulong _b;
    private readonly ulong _c;
    private readonly ulong _d;

    private Digest(ulong a, ulong b, ulong c, ulong d) => (_a, _b, _c, _d) = (a, b, c, d);

    /// <summary>The digest of a range of bytes.</summary>
    public static Digest Of(byte[] bytes, int offset, int count) => From((_sha ??= SHA256.Create()).ComputeHash(bytes, offset, count), 0);

    /// <summary>The digest stored at <paramref name="offset"/>.</summary>
    public static Digest From(byte[] bytes, int offset) => new(
        BitConverter.ToUInt64(bytes, offset),
        BitConverter.ToUInt64(bytes, offset + 8),
        BitConverter.ToUInt64(bytes, offset + 16),
        BitConverter.ToUInt64(bytes, offset + 24));

    /// <summary>Its 32 bytes, in the order <see cref="From"/> reads them.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[Length];
        Array.Copy(BitConverter.GetBytes(_a), 0, bytes, 0, 8);
        Array.Copy(BitConverter.GetBytes(_b), 0, bytes, 8, 8);
        Array.Copy(BitConverter.GetBytes(_c), 0, bytes, 16, 8);
        Array.Copy(BitConverter.GetBytes(_d), 0, bytes, 24, 8);
        return bytes;
    }

    /// <summary>The first 16 hexadecimal digits, for a file name.</summary>
    public string ToShortHex() => _a.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);

    public bool Equals(Digest other) => _a == other._a && _b == other._b && _c == other._c && _d == other._d;

    public override bool Equals(object? obj) => obj is Digest other && Equals(other);

    public override int GetHashCode() => unchecked((int)_a);

    public static bool operator ==(Digest left, Digest right) => left.Equals(right);

    public static bool operator !=(Digest left, Digest right) => !left.Equals(right);
}
