"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.activate = activate;
exports.deactivate = deactivate;
const extension_shared_1 = require("./extension.shared");
const platform_node_1 = require("./features/platform.node");
function activate(context) {
    return (0, extension_shared_1.activateWith)(context, (0, platform_node_1.nodePlatform)(context.extensionUri));
}
function deactivate() { }
