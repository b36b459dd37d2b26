// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// MinisignVerifier against signatures made at test time by the real minisign tool: the default
// prehashed format, the legacy one, tampering with the data, the signature and the trusted
// comment, unknown and several keys, and malformed keys and signature files of any size.

#include "directory/minisignverifier.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

using Error = MinisignResult::Error;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// Replaces line `index` (0-based) of a .minisig with `line`.
QByteArray withLine(const QByteArray &signatureFile, int index, const QByteArray &line)
{
    QByteArrayList lines = signatureFile.split('\n');
    lines[index] = line;
    return lines.join('\n');
}

// Decodes the base64 line `index`, lets `change` edit the bytes, and encodes it again.
template<typename Change>
QByteArray withDecodedLine(const QByteArray &signatureFile, int index, Change change)
{
    QByteArray bytes = QByteArray::fromBase64(signatureFile.split('\n').at(index));
    change(bytes);
    return withLine(signatureFile, index, bytes.toBase64());
}

} // namespace

class TestMinisignVerifier : public QObject
{
    Q_OBJECT

private:
    QString m_minisign;
    QTemporaryDir m_dir;
    QByteArray m_data;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool run(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(m_minisign, arguments);
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            qWarning("minisign %s failed: %s", qPrintable(arguments.join(u' ')),
                process.readAll().constData());
            return false;
        }
        return true;
    }

    // Signs `file` with key `keyName` and returns the .minisig contents.
    QByteArray sign(
        const QString &keyName, const QString &file, const QString &comment, bool legacy = false)
    {
        const QString signature
            = path(file + u"."_s + keyName + (legacy ? u".legacy"_s : u""_s) + u".minisig"_s);
        QStringList arguments {u"-S"_s, u"-s"_s, path(keyName + u".key"_s), u"-m"_s, path(file),
            u"-x"_s, signature, u"-t"_s, comment};
        if (legacy)
            arguments.prepend(u"-l"_s);
        if (!run(arguments))
            return {};
        return readAll(signature);
    }

    QByteArray publicKey(const QString &keyName) const
    {
        return readAll(path(keyName + u".pub"_s));
    }

    MinisignVerifier verifierFor(const QStringList &keyNames) const
    {
        MinisignVerifier verifier;
        for (const QString &keyName : keyNames) {
            QString error;
            if (!verifier.addPublicKey(publicKey(keyName), &error))
                qWarning("cannot add key %s: %s", qPrintable(keyName), qPrintable(error));
        }
        return verifier;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_minisign = QStandardPaths::findExecutable(u"minisign"_s);
        if (m_minisign.isEmpty())
            QSKIP("minisign is not installed (Debian package minisign)");
        QVERIFY(m_dir.isValid());
        for (const QString &key : {u"alice"_s, u"bob"_s}) {
            QVERIFY(run({u"-G"_s, u"-W"_s, u"-p"_s, path(key + u".pub"_s), u"-s"_s,
                path(key + u".key"_s)}));
        }
        // Large enough to be more than a block of the hash, with bytes of every value.
        for (int i = 0; i < 100000; ++i)
            m_data.append(char(i * 7 % 256));
        QVERIFY(writeAll(path(u"data.bin"_s), m_data));
        QVERIFY(writeAll(path(u"empty.bin"_s), {}));
    }

    void defaultSignatureVerifies()
    {
        const QByteArray signature = sign(u"alice"_s, u"data.bin"_s, u"mist-feed version=1"_s);
        QVERIFY(signature.contains("\ntrusted comment: mist-feed version=1\n"));
        QVERIFY(QByteArray::fromBase64(signature.split('\n').at(1)).startsWith("ED"));

        const MinisignResult result = verifierFor({u"alice"_s}).verify(m_data, signature);
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.error, Error::NoError);
        QVERIFY(result.prehashed);
        QCOMPARE(result.trustedComment, u"mist-feed version=1"_s);

        // The key id as minisign prints it in the key file (it drops leading zeros).
        const QByteArray firstLine = publicKey(u"alice"_s).split('\n').constFirst();
        const QString printedId = QString::fromLatin1(firstLine.split(' ').constLast());
        QCOMPARE(result.keyIdHex.size(), 16);
        QCOMPARE(result.keyIdHex.toULongLong(nullptr, 16), printedId.toULongLong(nullptr, 16));
    }

    // Hole 13: a genuine legacy "Ed" signature by a configured key is refused all the same.
    void legacySignatureIsRefused()
    {
        const QByteArray signature = sign(u"alice"_s, u"data.bin"_s, u"legacy"_s, true);
        QVERIFY(!signature.isEmpty());
        QVERIFY(QByteArray::fromBase64(signature.split('\n').at(1)).startsWith("Ed"));
        const MinisignResult result = verifierFor({u"alice"_s}).verify(m_data, signature);
        QCOMPARE(result.error, Error::UnsupportedAlgorithm);
        QVERIFY(result.errorString.contains(u"legacy"_s));
        QVERIFY(result.trustedComment.isEmpty());
    }

    void emptyFileVerifies()
    {
        const QByteArray signature = sign(u"alice"_s, u"empty.bin"_s, u"empty"_s);
        QVERIFY(verifierFor({u"alice"_s}).verify({}, signature).ok());
        QCOMPARE(verifierFor({u"alice"_s}).verify("x", signature).error, Error::BadSignature);
    }

    void windowsLineEndingsVerify()
    {
        QByteArray signature = sign(u"alice"_s, u"data.bin"_s, u"crlf"_s);
        signature.replace("\n", "\r\n");
        QVERIFY(verifierFor({u"alice"_s}).verify(m_data, signature).ok());
    }

    void tamperedDataFails_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::newRow("prehashed") << false;
    }

    void tamperedDataFails()
    {
        QFETCH(bool, legacy);
        const QByteArray signature = sign(u"alice"_s, u"data.bin"_s, u"c"_s, legacy);
        const MinisignVerifier verifier = verifierFor({u"alice"_s});

        QByteArray flipped = m_data;
        flipped[5000] = char(flipped.at(5000) ^ 0x01);
        QCOMPARE(verifier.verify(flipped, signature).error, Error::BadSignature);
        QCOMPARE(verifier.verify(m_data + '\n', signature).error, Error::BadSignature);
        QCOMPARE(verifier.verify(m_data.chopped(1), signature).error, Error::BadSignature);
        QCOMPARE(verifier.verify({}, signature).error, Error::BadSignature);
    }

    void tamperedTrustedCommentFails()
    {
        const QByteArray signature = sign(
            u"alice"_s, u"data.bin"_s, u"mist-feed version=5 expires=2027-01-01T00:00:00Z"_s);
        const MinisignVerifier verifier = verifierFor({u"alice"_s});
        const QByteArray changed = withLine(
            signature, 2, "trusted comment: mist-feed version=6 expires=2027-01-01T00:00:00Z");
        const MinisignResult result = verifier.verify(m_data, changed);
        QCOMPARE(result.error, Error::BadTrustedComment);
        QVERIFY(result.trustedComment.isEmpty()); // never report an unverified comment

        // A changed global signature is caught the same way.
        const QByteArray badGlobal
            = withDecodedLine(signature, 3, [](QByteArray &bytes) { bytes[10] ^= 0x40; });
        QCOMPARE(verifier.verify(m_data, badGlobal).error, Error::BadTrustedComment);
    }

    void tamperedSignatureFails()
    {
        const QByteArray signature = sign(u"alice"_s, u"data.bin"_s, u"c"_s);
        const QByteArray changed
            = withDecodedLine(signature, 1, [](QByteArray &bytes) { bytes[20] ^= 0x01; });
        QCOMPARE(verifierFor({u"alice"_s}).verify(m_data, changed).error, Error::BadSignature);

        // Claiming the legacy algorithm is refused before any verification.
        const QByteArray relabelled
            = withDecodedLine(signature, 1, [](QByteArray &bytes) { bytes[1] = 'd'; });
        QCOMPARE(verifierFor({u"alice"_s}).verify(m_data, relabelled).error,
            Error::UnsupportedAlgorithm);

        const QByteArray unknownAlgorithm
            = withDecodedLine(signature, 1, [](QByteArray &bytes) { bytes[1] = 'X'; });
        QCOMPARE(verifierFor({u"alice"_s}).verify(m_data, unknownAlgorithm).error,
            Error::UnsupportedAlgorithm);
    }

    void wrongKeyFails()
    {
        const QByteArray signature = sign(u"alice"_s, u"data.bin"_s, u"c"_s);
        const MinisignResult result = verifierFor({u"bob"_s}).verify(m_data, signature);
        QCOMPARE(result.error, Error::UnknownKey);
        QVERIFY(result.errorString.contains(u"not a configured key"_s));

        // Bob's key under Alice's key id: the id matches, the key does not.
        MinisignPublicKey alice;
        MinisignPublicKey bob;
        QVERIFY(MinisignVerifier::parsePublicKey(publicKey(u"alice"_s), &alice));
        QVERIFY(MinisignVerifier::parsePublicKey(publicKey(u"bob"_s), &bob));
        QVERIFY(alice.keyId != bob.keyId);
        MinisignPublicKey impostor = bob;
        impostor.keyId = alice.keyId;
        MinisignVerifier verifier;
        verifier.addPublicKey(impostor);
        QCOMPARE(verifier.verify(m_data, signature).error, Error::BadSignature);
    }

    void severalKeysPickTheSigner()
    {
        const MinisignVerifier verifier = verifierFor({u"alice"_s, u"bob"_s});
        QCOMPARE(verifier.publicKeys().size(), size_t(2));
        const MinisignResult byAlice
            = verifier.verify(m_data, sign(u"alice"_s, u"data.bin"_s, u"a"_s));
        const MinisignResult byBob = verifier.verify(m_data, sign(u"bob"_s, u"data.bin"_s, u"b"_s));
        QVERIFY(byAlice.ok());
        QVERIFY(byBob.ok());
        QVERIFY(byAlice.keyIdHex != byBob.keyIdHex);
        QCOMPARE(byBob.trustedComment, u"b"_s);

        // The same key twice is kept once.
        MinisignVerifier twice = verifierFor({u"alice"_s, u"alice"_s});
        QCOMPARE(twice.publicKeys().size(), size_t(1));

        const MinisignResult viaStatic
            = MinisignVerifier::verifyWith({publicKey(u"bob"_s), publicKey(u"alice"_s)}, m_data,
                sign(u"alice"_s, u"data.bin"_s, u"a"_s));
        QVERIFY(viaStatic.ok());
    }

    void bareBase64KeyWorks()
    {
        const QByteArray keyLine = publicKey(u"alice"_s).split('\n').at(1);
        MinisignPublicKey key;
        QVERIFY(MinisignVerifier::parsePublicKey(keyLine, &key));
        QVERIFY(key.untrustedComment.isEmpty());
        QCOMPARE(key.key.size(), 32);
        QCOMPARE(key.keyId.size(), 8);
        MinisignVerifier verifier;
        QVERIFY(verifier.addPublicKey(keyLine + "\n"));
        QVERIFY(verifier.verify(m_data, sign(u"alice"_s, u"data.bin"_s, u"c"_s)).ok());

        MinisignPublicKey fromFile;
        QVERIFY(MinisignVerifier::parsePublicKey(publicKey(u"alice"_s), &fromFile));
        QVERIFY(fromFile.untrustedComment.startsWith(u"minisign public key"_s));
        QCOMPARE(fromFile.key, key.key);
    }

    void malformedKeysAreRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        const QByteArray good = publicKey(u"alice"_s);
        const QByteArray line = good.split('\n').at(1);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("whitespace") << QByteArray(" \n\n");
        QTest::newRow("garbage") << QByteArray("this is not a key");
        QTest::newRow("truncated base64") << line.left(line.size() - 4);
        QTest::newRow("truncated file") << good.left(good.size() / 2);
        QTest::newRow("extra byte") << QByteArray(QByteArray::fromBase64(line) + 'x').toBase64();
        QTest::newRow("comment only") << good.split('\n').constFirst();
        QTest::newRow("three lines") << (good + "RWQ\n");
        QTest::newRow("no comment prefix") << ("comment: x\n" + line);
        QTest::newRow("wrong algorithm")
            << QByteArray("Ex" + QByteArray::fromBase64(line).mid(2)).toBase64();
        QTest::newRow("a signature file") << sign(u"alice"_s, u"data.bin"_s, u"c"_s);
        QTest::newRow("huge") << QByteArray(1024 * 1024, 'A');
        QTest::newRow("binary") << QByteArray("\0\1\2\3\xff\xfe", 6);
    }

    void malformedKeysAreRefused()
    {
        QFETCH(QByteArray, text);
        QString error;
        MinisignPublicKey key;
        QVERIFY(!MinisignVerifier::parsePublicKey(text, &key, &error));
        QVERIFY(!error.isEmpty());
        MinisignVerifier verifier;
        QVERIFY(!verifier.addPublicKey(text));
        QVERIFY(verifier.publicKeys().empty());
        const MinisignResult result = MinisignVerifier::verifyWith(
            {publicKey(u"alice"_s), text}, m_data, sign(u"alice"_s, u"data.bin"_s, u"c"_s));
        QCOMPARE(result.error, Error::MalformedKey);
    }

    void malformedSignaturesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("signature");
        const QByteArray good = sign(u"alice"_s, u"data.bin"_s, u"c"_s);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("not a signature at all");
        QTest::newRow("two lines") << good.split('\n').mid(0, 2).join('\n');
        QTest::newRow("five lines") << (good + "extra\n");
        QTest::newRow("no untrusted prefix") << withLine(good, 0, "comment: x");
        QTest::newRow("no trusted prefix") << withLine(good, 2, "comment: x");
        QTest::newRow("bad base64") << withLine(good, 1, "RUQ*not*base64*");
        QTest::newRow("short signature")
            << withDecodedLine(good, 1, [](QByteArray &bytes) { bytes.chop(1); });
        QTest::newRow("long signature")
            << withDecodedLine(good, 1, [](QByteArray &bytes) { bytes.append('x'); });
        QTest::newRow("short global")
            << withDecodedLine(good, 3, [](QByteArray &bytes) { bytes.chop(10); });
        QTest::newRow("huge") << QByteArray(10 * 1024 * 1024, '\n');
        QTest::newRow("huge comment")
            << withLine(good, 2, "trusted comment: " + QByteArray(9000, 'c'));
        QTest::newRow("a public key") << publicKey(u"alice"_s);
    }

    void malformedSignaturesAreRefused()
    {
        QFETCH(QByteArray, signature);
        const MinisignResult result = verifierFor({u"alice"_s}).verify(m_data, signature);
        QCOMPARE(result.error, Error::MalformedSignature);
        QVERIFY(!result.errorString.isEmpty());
    }

    void everyTruncationIsRefused()
    {
        const QByteArray good = sign(u"alice"_s, u"data.bin"_s, u"truncate me"_s);
        const MinisignVerifier verifier = verifierFor({u"alice"_s});
        // Cutting off only the final newline leaves a complete file.
        for (qsizetype length = 0; length < good.size() - 1; ++length) {
            const MinisignResult result = verifier.verify(m_data, good.left(length));
            QVERIFY2(!result.ok(), qPrintable(QString::number(length)));
        }
        QVERIFY(verifier.verify(m_data, good.chopped(1)).ok());
    }

    void randomMutationsNeverCrashOrPass()
    {
        const QByteArray good = sign(u"alice"_s, u"data.bin"_s, u"mutate me"_s);
        const MinisignVerifier verifier = verifierFor({u"alice"_s});
        const QByteArrayList goodLines = good.split('\n');
        QRandomGenerator random(42);
        for (int round = 0; round < 3000; ++round) {
            QByteArray mutated = good;
            const int changes = 1 + random.bounded(4);
            for (int i = 0; i < changes; ++i)
                mutated[random.bounded(mutated.size())] = char(random.bounded(256));
            const MinisignResult result = verifier.verify(m_data, mutated);
            if (result.ok()) {
                // Only the untrusted comment (or an equivalent spelling of it) may change.
                const QByteArrayList lines = mutated.split('\n');
                QCOMPARE(
                    QByteArray::fromBase64(lines.at(1)), QByteArray::fromBase64(goodLines.at(1)));
                QCOMPARE(lines.at(2), goodLines.at(2));
            }
        }
        QByteArray noise(2048, Qt::Uninitialized);
        for (char &c : noise)
            c = char(random.bounded(256));
        QVERIFY(!verifier.verify(m_data, noise).ok());
    }

    void noKeysConfigured()
    {
        const MinisignVerifier verifier;
        QCOMPARE(
            verifier.verify(m_data, sign(u"alice"_s, u"data.bin"_s, u"c"_s)).error, Error::NoKeys);
    }
};

QTEST_GUILESS_MAIN(TestMinisignVerifier)
#include "tst_minisignverifier.moc"
