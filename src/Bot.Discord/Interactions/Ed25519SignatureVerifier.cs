using System.Text;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace Bot.Discord.Interactions;

/// <summary>Checks Discord's Ed25519 signature over UTF-8(timestamp) + raw body with the application's public key.</summary>
public sealed class Ed25519SignatureVerifier
{
    private readonly Ed25519PublicKeyParameters _publicKey;

    /// <param name="publicKeyHex">The 64-hex-character public key from the developer portal.</param>
    public Ed25519SignatureVerifier(string publicKeyHex)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(publicKeyHex);
        _publicKey = new Ed25519PublicKeyParameters(Convert.FromHexString(publicKeyHex), 0);
    }

    /// <summary>True only for a well-formed signature that matches; any malformed input is simply false.</summary>
    public bool Verify(string? timestamp, ReadOnlySpan<byte> body, string? signatureHex)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signatureHex) || signatureHex.Length != 128
            || !signatureHex.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        var signature = Convert.FromHexString(signatureHex);
        var message = new byte[Encoding.UTF8.GetByteCount(timestamp) + body.Length];
        var written = Encoding.UTF8.GetBytes(timestamp, message);
        body.CopyTo(message.AsSpan(written));

        var signer = new Ed25519Signer();
        signer.Init(false, _publicKey);
        signer.BlockUpdate(message, 0, message.Length);
        return signer.VerifySignature(signature);
    }
}
