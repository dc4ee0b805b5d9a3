package vn.canhbao.gateway.deploy;

import static vn.canhbao.gateway.deploy.DeployFiles.at;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The resources {@code deploy/k8s/kustomization.yaml} lists, as parsed documents. */
record KubernetesManifests(List<Map<String, Object>> resources) {

    static KubernetesManifests load() {
        List<String> files = at(DeployFiles.yaml("k8s/kustomization.yaml"), "resources");
        List<Map<String, Object>> resources = new ArrayList<>();
        files.forEach(file -> resources.addAll(DeployFiles.documents("k8s/" + file)));
        return new KubernetesManifests(resources);
    }

    List<Map<String, Object>> all(String kind) {
        return resources.stream().filter(r -> kind.equals(r.get("kind"))).toList();
    }

    Map<String, Object> one(String kind) {
        List<Map<String, Object>> found = all(kind);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + kind + " in deploy/k8s, found " + found.size());
        }
        return found.getFirst();
    }

    Map<String, Object> container() {
        List<Map<String, Object>> containers = at(one("Deployment"), "spec.template.spec.containers");
        return containers.getFirst();
    }

    /** The container's port of that name. */
    int containerPort(String name) {
        List<Map<String, Object>> ports = at(container(), "ports");
        return ports.stream()
                .filter(p -> name.equals(p.get("name")))
                .map(p -> (Integer) p.get("containerPort"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no container port named " + name));
    }
}
