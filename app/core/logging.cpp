#include "core/logging.h"

Q_LOGGING_CATEGORY(lcAuth, "creditdesk.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcArm, "creditdesk.arm", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGraph, "creditdesk.graph", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDiscovery, "creditdesk.discovery", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "creditdesk.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcForecast, "creditdesk.forecast", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLedger, "creditdesk.ledger", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAssignment, "creditdesk.assignment", QtInfoMsg)
