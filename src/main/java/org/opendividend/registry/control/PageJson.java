package org.opendividend.registry.control;

import java.net.URI;
import java.util.Map;

/**
 * A page of the JSON list as the API answers it: {@code total}, {@code page}, {@code size}, {@code pages},
 * {@code links} (self, first, last, prev, next) and {@code projects}, each project's JSON the one written when the read
 * model last changed ({@link ProjectJson.Text}), with the request's root address put in. Pure.
 */
public final class PageJson {

    private PageJson() {
    }

    public static String of(ProjectPage page, URI appRoot, Map<String, URI> links) {
        String root = ProjectJson.escaped(appRoot.toString());
        StringBuilder json = new StringBuilder(256 + page.shown().size() * 2048);
        json.append("{\"total\":").append(page.total()).append(",\"page\":").append(page.page())
                .append(",\"size\":").append(page.size()).append(",\"pages\":").append(page.pages())
                .append(",\"links\":{");
        String comma = "";
        for (Map.Entry<String, URI> link : links.entrySet()) {
            json.append(comma).append('"').append(link.getKey()).append("\":\"")
                    .append(ProjectJson.escaped(link.getValue().toString())).append('"');
            comma = ",";
        }
        json.append("},\"projects\":[");
        comma = "";
        for (PublishedProjects.Entry e : page.shown()) {
            json.append(comma);
            e.json().write(json, root);
            comma = ",";
        }
        return json.append("]}").toString();
    }
}
