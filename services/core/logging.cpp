#include "logging.h"

Q_LOGGING_CATEGORY(lcApp, "mist.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "mist.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "mist.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "mist.ui", QtInfoMsg)
