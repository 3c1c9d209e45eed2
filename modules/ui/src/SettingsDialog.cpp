#include "SettingsDialog.h"

#include "NodesPage.h"

#include <strata/ui/Language.h>
#include <strata/ui/ReceiveController.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace strata::ui {

SettingsDialog::SettingsDialog(const QString &dataDir, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    resize(900, 640);
    m_pages = new QListWidget(this);
    m_pages->setMaximumWidth(160);
    m_stack = new QStackedWidget(this);
    m_nodes = new NodesPage(dataDir, this);
    m_pages->addItem(tr("Nodes"));
    m_stack->addWidget(m_nodes);
    // Receiving: the window's Storage SCP (ReceiveSettings, QSettings "receive/...").
    auto *receiving = new QWidget(this);
    auto *receiveForm = new QFormLayout(receiving);
    const ReceiveSettings current = ReceiveSettings::load();
    auto *receiveOn = new QCheckBox(tr("Receive studies sent to this computer (DICOM Storage SCP) while Strata is open"), receiving);
    receiveOn->setObjectName(QStringLiteral("receiveEnabled"));
    receiveOn->setChecked(current.enabled);
    receiveForm->addRow(receiveOn);
    auto *aeTitle = new QLineEdit(current.aeTitle, receiving);
    aeTitle->setObjectName(QStringLiteral("receiveAeTitle"));
    aeTitle->setMaxLength(16);
    receiveForm->addRow(tr("AE title:"), aeTitle);
    auto *port = new QSpinBox(receiving);
    port->setObjectName(QStringLiteral("receivePort"));
    port->setRange(1, 65535);
    port->setValue(current.port);
    receiveForm->addRow(tr("Port:"), port);
    auto *allowed = new QLineEdit(current.allowed.join(QStringLiteral(", ")), receiving);
    allowed->setObjectName(QStringLiteral("receiveAllowed"));
    allowed->setPlaceholderText(tr("e.g. PACS, CT01"));
    receiveForm->addRow(tr("Senders (calling AE titles):"), allowed);
    auto *allowAny = new QCheckBox(tr("Let any sender in (not recommended)"), receiving);
    allowAny->setObjectName(QStringLiteral("receiveAllowAny"));
    allowAny->setChecked(current.allowAny);
    receiveForm->addRow(allowAny);
    receiveForm->addRow(new QLabel(tr("Give the sender this computer's address, the AE title and the port. What arrives is imported into "
                                      "the local cache and shows in the Local tab; the status bar says whether Strata is receiving. "
                                      "A sender that asks for Storage Commitment must be a node (Nodes page)."),
                                   receiving));
    auto saveReceiving = [this, receiveOn, aeTitle, port, allowed, allowAny] {
        ReceiveSettings r;
        r.enabled = receiveOn->isChecked();
        r.aeTitle = aeTitle->text().trimmed();
        r.port = quint16(port->value());
        for (const QString &ae : allowed->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!ae.trimmed().isEmpty())
                r.allowed << ae.trimmed();
        r.allowAny = allowAny->isChecked();
        r.save();
        emit receivingSettingsChanged();
    };
    connect(receiveOn, &QCheckBox::toggled, this, saveReceiving);
    connect(allowAny, &QCheckBox::toggled, this, saveReceiving);
    connect(aeTitle, &QLineEdit::editingFinished, this, saveReceiving);
    connect(allowed, &QLineEdit::editingFinished, this, saveReceiving);
    connect(port, &QSpinBox::editingFinished, this, saveReceiving);
    m_pages->addItem(tr("Receiving"));
    m_stack->addWidget(receiving);

    // Viewer: memory for decoded series and how images are magnified (QSettings "viewer/...").
    auto *viewer = new QWidget(this);
    auto *form = new QFormLayout(viewer);
    QSettings settings;
    auto *budget = new QSpinBox(viewer);
    budget->setObjectName(QStringLiteral("memoryBudget"));
    budget->setRange(0, 1 << 20);
    budget->setSuffix(tr(" MiB"));
    budget->setSpecialValueText(tr("Automatic (a quarter of the memory)"));
    budget->setValue(settings.value(QStringLiteral("viewer/memoryBudgetMB"), 0).toInt());
    form->addRow(tr("Memory for decoded series:"), budget);
    form->addRow(new QLabel(tr("Series larger than this open in 2D only; the least recently used series are dropped first."), viewer));
    auto *smooth = new QCheckBox(tr("Smooth magnification (bilinear); off shows each pixel as a block"), viewer);
    smooth->setObjectName(QStringLiteral("smoothDisplay"));
    smooth->setChecked(settings.value(QStringLiteral("viewer/smoothDisplay"), true).toBool());
    form->addRow(smooth);
    connect(budget, &QSpinBox::valueChanged, this, [this](int mb) {
        QSettings().setValue(QStringLiteral("viewer/memoryBudgetMB"), mb);
        emit viewerSettingsChanged();
    });
    connect(smooth, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("viewer/smoothDisplay"), on);
        emit viewerSettingsChanged();
    });
    m_pages->addItem(tr("Viewer"));
    m_stack->addWidget(viewer);

    // Language: the system's, or one of the shipped translations (QSettings "ui/language").
    auto *language = new QWidget(this);
    auto *languageForm = new QFormLayout(language);
    m_language = new QComboBox(language);
    m_language->setObjectName(QStringLiteral("language"));
    const QList<Language> shipped = shippedLanguages();
    const QString system = systemLanguage();
    QString systemName;
    for (const Language &l : shipped)
        if (l.code == system)
            systemName = l.name;
    m_language->addItem(tr("As the system (%1)").arg(systemName), QString());
    for (const Language &l : shipped)
        m_language->addItem(l.name, l.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(chosenLanguage())));
    languageForm->addRow(tr("Language:"), m_language);
    auto *restart = new QLabel(tr("Strata shows the chosen language the next time it starts."), language);
    restart->setObjectName(QStringLiteral("languageNote"));
    languageForm->addRow(restart);
    connect(m_language, &QComboBox::activated, this, [this](int index) { setChosenLanguage(m_language->itemData(index).toString()); });
    m_pages->addItem(tr("Language"));
    m_stack->addWidget(language);

    connect(m_pages, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_pages->setCurrentRow(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *body = new QHBoxLayout;
    body->addWidget(m_pages);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
}

} // namespace strata::ui
