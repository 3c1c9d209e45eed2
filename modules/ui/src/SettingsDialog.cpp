#include "SettingsDialog.h"

#include "NodesPage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

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
