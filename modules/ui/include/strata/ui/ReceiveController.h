#pragma once
/// Receiving in the window: Strata's Storage SCP while the window is open (Settings → Receiving:
/// on or off, AE title, port, the senders allowed), so that a PACS or a modality can push studies
/// to this workstation; what arrives shows in the Local tab. Its state is a label in the status
/// bar. The same SCP as `strata serve` (every storage class, Storage Commitment for registered
/// nodes); starting and stopping run off the GUI thread (stopping gives transfers in progress
/// their grace period).
#include <strata/core/SerialQueue.h>

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QLabel;
class QWidget;

namespace strata::net {
class StorageScp;
}

namespace strata::ui {

/// What the Receiving page sets (QSettings "receive/...").
struct ReceiveSettings {
    bool enabled = false;
    QString aeTitle = QStringLiteral("STRATA");
    quint16 port = 11114;            ///< a C-MOVE from the window goes into this receiver while it runs (under its AE title)
    QStringList allowed;             ///< calling AE titles let in
    bool allowAny = false;
    static ReceiveSettings load();
    void save() const;
    bool operator==(const ReceiveSettings &) const = default;
};

class ReceiveController : public QObject {
    Q_OBJECT
public:
    /// A controller on the cache at `dataDir`; its label's parent is `statusParent`. Starts
    /// receiving at once when the settings say so.
    ReceiveController(const QString &dataDir, QWidget *statusParent);
    ~ReceiveController() override;   ///< stops receiving (waits for it)

    QLabel *label() const { return m_label; }
    /// Listening now (after apply()'s work has finished).
    bool isListening() const { return m_listening; }
    QString statusText() const;
    /// Whether a start or stop is still under way.
    bool busy() const { return m_queue.busy(); }
    /// The Storage SCP while it listens (null otherwise): a C-MOVE from the window goes into it.
    std::shared_ptr<net::StorageScp> receiver() const { return m_listening ? m_scp : nullptr; }

public slots:
    /// Reads the settings and starts, restarts or stops receiving to match.
    void apply();

signals:
    /// Instances that arrived are in the cache (the studies they belong to).
    void studiesArrived(const QStringList &studyInstanceUids);
    /// The label's text changed (listening, off, or why it cannot listen).
    void statusChanged(const QString &text);

private:
    void show(const QString &text, const QString &tip);

    QString m_dataDir;
    QLabel *m_label = nullptr;
    std::shared_ptr<net::StorageScp> m_scp;
    ReceiveSettings m_applied;
    bool m_listening = false;
    SerialQueue m_queue;
};

} // namespace strata::ui
